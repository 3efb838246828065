using ChaosBench.Checkers;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.QaSample.Kinds.WriteLatency;

/// <summary>
/// <c>write-latency: 2s</c>: every acknowledged write took at most that long. A fault that stalls the product without
/// failing its clients (a pause, a slow disk) passes <c>no-lost-writes</c> and still breaks a latency objective;
/// this is the team's own check for it. Writes that failed or stayed indeterminate are not judged; a history with
/// no acknowledged write is unknown.
/// </summary>
public sealed class WriteLatencyChecker : ExpectationKind<WriteLatencyOptions>, IChecker
{
    public override string Name => "write-latency";

    public override string? Shorthand => "at-most";

    public override bool JudgesHistory => true;

    public override bool JudgesHistoryAlone => true;

    protected override string Describe(WriteLatencyOptions options) => $"{Name} at most {Durations.Format(options.AtMost ?? TimeSpan.Zero)}";

    protected override void Validate(WriteLatencyOptions options, KindCheck check)
    {
        if (options.AtMost is { } limit && limit <= TimeSpan.Zero)
        {
            check.Error("at-most", "at-most must be positive", "write e.g. 'write-latency: 2s'");
        }
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var limit = expectation.OptionsAs<WriteLatencyOptions>().AtMost ?? throw new ArgumentException("write-latency needs at-most");
        var acknowledged = Acknowledged(input.History.Ops).ToList();
        var evidence = new Dictionary<string, object?> { ["limit-seconds"] = limit.TotalSeconds, ["acknowledged-writes"] = acknowledged.Count };
        if (acknowledged.Count == 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, "no acknowledged write: nothing to judge latency by", evidence);
        }

        var slowest = acknowledged.MaxBy(w => w.Took);
        var over = acknowledged.Count(w => w.Took > limit);
        evidence["slowest-seconds"] = Math.Round(slowest.Took.TotalSeconds, 3);
        evidence["slowest-key"] = slowest.Key;
        evidence["writes-over-limit"] = over;
        return over == 0
            ? new Verdict(expectation.ToString(), VerdictStatus.Passed, $"the slowest of {acknowledged.Count} acknowledged writes took {Format(slowest.Took)} (limit {Durations.Format(limit)})", evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{over} of {acknowledged.Count} acknowledged writes took longer than {Durations.Format(limit)}; the slowest, {slowest.Key} invoked at +{Format(slowest.Invoked)}, took {Format(slowest.Took)}", evidence);
    }

    /// <summary>Each write acknowledged ok, with when it was invoked and how long it took; a client has one operation outstanding at a time.</summary>
    private static IEnumerable<(string? Key, TimeSpan Invoked, TimeSpan Took)> Acknowledged(IReadOnlyList<Op> ops)
    {
        var pending = new Dictionary<int, Op>();
        foreach (var op in ops.Where(o => o.F == KvFunctions.Write))
        {
            if (op.Type == OpType.Invoke)
            {
                pending[op.Process] = op;
            }
            else if (pending.Remove(op.Process, out var invoke) && op.Type == OpType.Ok)
            {
                yield return (invoke.Key, invoke.Time, op.Time - invoke.Time);
            }
        }
    }

    private static string Format(TimeSpan span) => Durations.Format(TimeSpan.FromMilliseconds(Math.Round(span.TotalMilliseconds)));
}
