using System.Text.RegularExpressions;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Log;

/// <summary>
/// Counts the lines of one service's logs that match a pattern: must be absent, at most N, or at least N
/// (default: at least once). With <c>after</c>, only lines stamped at or after that offset from the run's
/// start count; a line without a readable stamp always counts. How products such as Qdrant and Milvus show
/// their recovery bugs.
/// </summary>
public sealed class LogChecker : IChecker
{
    private const int Examples = 5;

    public string Kind => Model.Options.ExpectationKinds.Log;

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        if (expectation.After is not null && input.StartedAt is null)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, "the run's start is not known, so 'after' cannot be applied", new Dictionary<string, object?>());
        }

        var since = input.StartedAt + expectation.After;
        var all = input.LogsOf(expectation.Service!).ToList();
        var searched = since is null ? all : all.Where(l => !LogStamp.TryRead(l.Line, out var stamp) || stamp >= since).ToList();
        var pattern = new Regex(expectation.Pattern!, RegexOptions.None, TimeSpan.FromSeconds(1));
        var matches = searched.Where(l => pattern.IsMatch(l.Line)).ToList();
        var (low, high) = expectation.Absent ? (0, 0) : (expectation.AtLeast ?? (expectation.AtMost is null ? 1 : 0), expectation.AtMost ?? int.MaxValue);
        var evidence = new Dictionary<string, object?>
        {
            ["matches"] = matches.Count,
            ["by-member"] = matches.GroupBy(m => m.Member).ToDictionary(g => g.Key, g => (object?)g.Count()),
            ["examples"] = matches.Take(Examples).Select(m => $"{m.Member}: {m.Line}").ToList(),
            ["lines-searched"] = searched.Count,
        };
        if (since is not null)
        {
            evidence["lines-before-offset"] = all.Count - searched.Count;
        }

        var held = matches.Count >= low && matches.Count <= high;
        var bound = expectation.Absent ? "none" : high == int.MaxValue ? $"at least {low}" : low == 0 ? $"at most {high}" : $"{low} to {high}";
        var window = expectation.After is { } after ? $" from {Durations.Format(after)} on" : string.Empty;
        return new Verdict(
            expectation.ToString(),
            held ? VerdictStatus.Passed : VerdictStatus.Failed,
            $"/{expectation.Pattern}/ matched {matches.Count} line(s) of {expectation.Service}'s logs{window}; expected {bound}",
            evidence);
    }
}
