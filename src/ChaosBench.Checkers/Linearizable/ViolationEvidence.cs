using System.Globalization;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// A violation as a verdict carries it: one sentence, and plain values (strings, numbers, lists, maps) that
/// <c>run.json</c> keeps and a replayed record reads back the same. Times are seconds since the run started.
/// </summary>
internal static class ViolationEvidence
{
    /// <summary><c>key "k1": p2 read → "1" (4.000–5.000 s), but the key could only hold "2" then (p1 write "2" 2.000–3.000 s)</c>.</summary>
    public static string Describe(LinearizabilityViolation violation)
    {
        if (violation.Impossible is not { } impossible)
        {
            return $"key \"{violation.Key}\" cannot be linearized; the budget ran out before the impossible operation was found";
        }

        var possible = violation.Possible.Count > 0
            ? $"the key could {(violation.Narrowed ? "only " : string.Empty)}hold {string.Join(" or ", violation.Possible.Select(ViolationOp.Show))} then"
            : violation.Narrowed ? "no order of the other operations lets it take effect" : "the budget ran out before the values it could have seen were found";
        var writes = violation.CouldHaveSeen.Count == 0 ? string.Empty : $" ({string.Join("; ", violation.CouldHaveSeen.Select(w => $"{w.Label} {Span(w)}"))})";
        return $"key \"{violation.Key}\": {impossible.Label} {Span(impossible)}, but {possible}{writes}";
    }

    /// <summary>The violation as plain values: key, impossible op, possible values, writes it could have seen, lanes.</summary>
    public static Dictionary<string, object?> Of(LinearizabilityViolation violation) => new()
    {
        ["key"] = violation.Key,
        ["impossible"] = violation.Impossible is { } op ? Of(op) : null,
        ["possible"] = violation.Possible.ToList(),
        ["could-have-seen"] = violation.CouldHaveSeen.Select(Of).ToList(),
        ["lanes"] = violation.Lanes.Select(l => new Dictionary<string, object?> { ["process"] = l.Process, ["ops"] = l.Ops.Select(Of).ToList() }).ToList(),
        ["narrowed"] = violation.Narrowed,
    };

    private static Dictionary<string, object?> Of(ViolationOp op) => new()
    {
        ["index"] = op.Index,
        ["process"] = op.Process,
        ["f"] = op.F,
        ["value"] = op.Value,
        ["expected"] = op.Expected,
        ["invoked-seconds"] = op.Invoked.TotalSeconds,
        ["completed-seconds"] = op.Completed?.TotalSeconds,
        ["outcome"] = op.Outcome.ToString().ToLowerInvariant(),
    };

    private static string Span(ViolationOp op) =>
        string.Create(CultureInfo.InvariantCulture, $"{op.Invoked.TotalSeconds:0.000}–{(op.Completed is { } c ? c.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) : "never")} s");
}
