using System.Text.RegularExpressions;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Log;

/// <summary>
/// Counts the lines of one service's logs that match a pattern: must be absent, at most N, or at least N
/// (default: at least once). With <c>after</c>, only lines stamped at or after that offset from the run's
/// start count; a line without a readable stamp always counts. How products such as Qdrant and Milvus show
/// their recovery bugs.
/// </summary>
public sealed class LogChecker : ExpectationKind<LogOptions>, IChecker
{
    private const int Examples = 5;

    public override string Name => "log";

    protected override string Describe(LogOptions o) =>
        $"{Name} {o.Service} /{o.Pattern}/ {(o.Absent ? "absent" : o.AtMost is { } most ? $"at most {most}" : $"at least {o.AtLeast ?? 1}")}{(o.After is { } after ? $" after {Durations.Format(after)}" : string.Empty)}";

    protected override void Validate(LogOptions options, KindCheck check)
    {
        check.ServiceExists(options.Service, "service");
        check.LinePattern(options.Pattern, "pattern");
        if (options.AtMost is < 0 || options.AtLeast is < 0 || (options.Absent && (options.AtMost is not null || options.AtLeast is not null)))
        {
            check.Error(options.AtMost is < 0 ? "at-most" : options.AtLeast is < 0 ? "at-least" : "absent", "log takes 'absent', or 'at-most' and/or 'at-least' of 0 or more", "keep one way of counting");
        }

        if (options.After is { } after && after <= TimeSpan.Zero)
        {
            check.Error("after", "after must be positive", "write e.g. 'after: 20s', or leave it out to count every line");
        }

        Services.RunByHarness(options.Service, check);
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var options = expectation.OptionsAs<LogOptions>();
        if (options.After is not null && input.StartedAt is null)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, "the run's start is not known, so 'after' cannot be applied", new Dictionary<string, object?>());
        }

        var since = input.StartedAt + options.After;
        var all = input.LogsOf(options.Service!).ToList();
        var searched = since is null ? all : all.Where(l => !LogStamp.TryRead(l.Line, out var stamp) || stamp >= since).ToList();
        var pattern = new Regex(options.Pattern!, RegexOptions.None, TimeSpan.FromSeconds(1));
        var matches = searched.Where(l => pattern.IsMatch(l.Line)).ToList();
        var (low, high) = options.Absent ? (0, 0) : (options.AtLeast ?? (options.AtMost is null ? 1 : 0), options.AtMost ?? int.MaxValue);
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
        var bound = options.Absent ? "none" : high == int.MaxValue ? $"at least {low}" : low == 0 ? $"at most {high}" : $"{low} to {high}";
        var window = options.After is { } after ? $" from {Durations.Format(after)} on" : string.Empty;
        return new Verdict(
            expectation.ToString(),
            held ? VerdictStatus.Passed : VerdictStatus.Failed,
            $"/{options.Pattern}/ matched {matches.Count} line(s) of {options.Service}'s logs{window}; expected {bound}",
            evidence);
    }
}
