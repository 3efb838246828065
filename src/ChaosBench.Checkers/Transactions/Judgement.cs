using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Transactions;

/// <summary>Splits the findings into what the level forbids and what it allows, and says so in a summary and in evidence.</summary>
internal static class Judgement
{
    public static TransactionCheckResult Of(Isolation level, TransactionStats stats, Findings findings, bool undecided)
    {
        var forbidden = AnomalyKinds.ForbiddenBy(level);
        var counts = Order(findings.Counts.Where(c => forbidden.Contains(c.Key)));
        var allowed = Order(findings.Counts.Where(c => !forbidden.Contains(c.Key)));
        var name = IsolationNames.Name(level);
        var judged = $"{stats.Committed} committed transactions ({stats.Indeterminate} indeterminate, {stats.Failed} failed) over {stats.Lists} lists";
        var also = allowed.Count == 0 ? "" : $"; allowed: {Counted(allowed)}";
        var (status, summary) = (counts.Count, undecided) switch
        {
            ( > 0, _) => (VerdictStatus.Failed, $"not {name}: {Counted(counts)} in {judged}{also}"),
            (_, true) => (VerdictStatus.Unknown, $"{name} undecided: the cycle search ran out of budget before ruling out G-single in {judged}{also}"),
            _ => (VerdictStatus.Passed, $"{name}: no anomaly it forbids in {judged}{also}"),
        };
        return new TransactionCheckResult(level, status, summary, stats)
        {
            Counts = counts,
            Anomalies = [.. findings.Examples.Where(a => forbidden.Contains(a.Kind))],
            AllowedCounts = allowed,
            Allowed = [.. findings.Examples.Where(a => !forbidden.Contains(a.Kind))],
        };
    }

    /// <summary>The result as plain values (numbers, strings, lists, maps), as run records store evidence.</summary>
    public static Dictionary<string, object?> Evidence(TransactionCheckResult result) => new()
    {
        ["committed"] = result.Stats.Committed,
        ["indeterminate"] = result.Stats.Indeterminate,
        ["failed"] = result.Stats.Failed,
        ["lists"] = result.Stats.Lists,
        ["anomaly-counts"] = result.Counts.ToDictionary(c => c.Key, c => (object?)c.Value),
        ["anomalies"] = result.Anomalies.Select(Plain).ToList(),
        ["allowed-counts"] = result.AllowedCounts.ToDictionary(c => c.Key, c => (object?)c.Value),
        ["allowed"] = result.Allowed.Select(Plain).ToList(),
    };

    private static Dictionary<string, object?> Plain(Anomaly anomaly) => new()
    {
        ["kind"] = anomaly.Kind,
        ["explanation"] = anomaly.Explanation,
        ["transactions"] = anomaly.Transactions.Select(t => (object?)new Dictionary<string, object?>
        {
            ["index"] = t.Index,
            ["process"] = t.Process,
            ["type"] = t.Type.ToString().ToLowerInvariant(),
            ["micro-ops"] = string.Join(' ', t.MicroOps),
        }).ToList(),
        ["cycle"] = anomaly.Cycle.Select(d => (object?)new Dictionary<string, object?>
        {
            ["from"] = d.From,
            ["to"] = d.To,
            ["kind"] = d.Kind switch { DependencyKind.WriteWrite => "ww", DependencyKind.WriteRead => "wr", DependencyKind.ReadWrite => "rw", _ => "realtime" },
            ["key"] = d.Key,
            ["element"] = d.Element,
            ["explanation"] = d.Explanation,
        }).ToList(),
    };

    private static Dictionary<string, int> Order(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);

    private static string Counted(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"));
}
