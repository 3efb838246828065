using System.Text.RegularExpressions;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Log;

/// <summary>
/// Counts the lines of one service's logs that match a pattern: must be absent, at most N, or at least N
/// (default: at least once). How products such as Qdrant and Milvus show their recovery bugs.
/// </summary>
public sealed class LogChecker : IChecker
{
    private const int Examples = 5;

    public string Kind => Model.Options.ExpectationKinds.Log;

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var pattern = new Regex(expectation.Pattern!, RegexOptions.None, TimeSpan.FromSeconds(1));
        var matches = input.LogsOf(expectation.Service!).Where(l => pattern.IsMatch(l.Line)).ToList();
        var (low, high) = expectation.Absent ? (0, 0) : (expectation.AtLeast ?? (expectation.AtMost is null ? 1 : 0), expectation.AtMost ?? int.MaxValue);
        var evidence = new Dictionary<string, object?>
        {
            ["matches"] = matches.Count,
            ["by-member"] = matches.GroupBy(m => m.Member).ToDictionary(g => g.Key, g => (object?)g.Count()),
            ["examples"] = matches.Take(Examples).Select(m => $"{m.Member}: {m.Line}").ToList(),
            ["lines-searched"] = input.LogsOf(expectation.Service!).Count(),
        };
        var held = matches.Count >= low && matches.Count <= high;
        var bound = expectation.Absent ? "none" : high == int.MaxValue ? $"at least {low}" : low == 0 ? $"at most {high}" : $"{low} to {high}";
        return new Verdict(
            expectation.ToString(),
            held ? VerdictStatus.Passed : VerdictStatus.Failed,
            $"/{expectation.Pattern}/ matched {matches.Count} line(s) of {expectation.Service}'s logs; expected {bound}",
            evidence);
    }
}
