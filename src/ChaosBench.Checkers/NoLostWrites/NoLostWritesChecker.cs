using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>
/// Every acknowledged write must survive: after recovery, each key's final read shows its last acknowledged
/// value or one written concurrently with or after it. Writes that failed must not show up; indeterminate
/// ones may or may not, and are counted apart. A history of set <c>add</c>s is judged by <see cref="SetAdds"/>,
/// one of list <c>append</c>s by <see cref="ListAppends"/>. With a <c>loss-window</c>, losses acknowledged just
/// before a crash are excused but still counted (<see cref="LossWindow"/>). A key read back as a value no client
/// wrote lost its last acknowledged write, and is an unexpected value too. With no write acknowledged at all there
/// is nothing to judge: the verdict is unknown (<see cref="NothingAcknowledged"/>), never a vacuous pass.
/// </summary>
public sealed class NoLostWritesChecker : ExpectationKind<NoLostWritesOptions>, IChecker
{
    private const int Examples = 10;

    public override string Name => "no-lost-writes";

    public override bool JudgesHistory => true;

    protected override string Describe(NoLostWritesOptions options) =>
        options.LossWindow is { } window ? $"{Name} loss-window {Durations.Format(window)}" : Name;

    protected override void Validate(NoLostWritesOptions options, KindCheck check)
    {
        if (options.LossWindow is { } window && window <= TimeSpan.Zero)
        {
            check.Error("loss-window", "loss-window must be positive", "write e.g. 'loss-window: 1s', or leave it out to allow no loss at all");
        }
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        // One snapshot: both views judge the same ops, and a large history is copied once.
        var ops = input.History.Ops;
        var crashes = input.Timeline.Where(input.IsCrash).ToList();
        if (ops.Any(o => o.F == SetFunctions.Add))
        {
            return SetAdds.Check(expectation, ops, crashes);
        }

        if (ops.Any(o => o.F == ListFunctions.Append))
        {
            return ListAppends.Check(expectation, ops, crashes);
        }

        // Reads during the run are not evidence of survival: only what the final reads show after recovery is.
        var writes = WriteTimeline.From(ops, KvFunctions.Write, KvFunctions.Cas);
        var finals = FinalReads.From(ops);
        var lost = new List<Write>();
        var unexpected = new List<string>();
        var unread = new List<string>();
        var neverWritten = 0;
        foreach (var (key, keyWrites) in writes.ByKey)
        {
            if (!finals.TryGetValue(key, out var final))
            {
                if (keyWrites.Any(w => w.Outcome == OpType.Ok))
                {
                    unread.Add(key);
                }

                continue;
            }

            var source = final is null ? null : keyWrites.FirstOrDefault(w => w.Value == final);
            if (final is not null && (source is null || source.Outcome == OpType.Fail))
            {
                unexpected.Add($"{key}={final}");
            }

            // A value nobody wrote (a file read back empty after a power cut) replaced what was acknowledged last.
            if (final is not null && source is null && keyWrites.Where(w => w.Outcome == OpType.Ok).MaxBy(w => w.Completed) is { } overwritten)
            {
                lost.Add(overwritten);
                neverWritten++;
                continue;
            }

            // A write is lost when the value seen was certainly written before it started, or nothing is seen. Only an
            // acknowledged source is certainly written by its completion: an indeterminate one may take effect any time
            // after its client gave up (etcd commits a proposal a partitioned member forwarded once the partition heals).
            foreach (var write in keyWrites.Where(w => w.Outcome == OpType.Ok))
            {
                if (final is null || (source is { Outcome: OpType.Ok } && source != write && source.Completed < write.Invoked))
                {
                    lost.Add(write);
                }
            }
        }

        var window = LossWindow.Judge(expectation.OptionsAs<NoLostWritesOptions>().LossWindow, crashes, lost);
        var evidence = new Dictionary<string, object?>
        {
            ["acknowledged-writes"] = writes.Count(OpType.Ok),
            ["failed-writes"] = writes.Count(OpType.Fail),
            ["indeterminate-writes"] = writes.Count(OpType.Info),
            ["keys-read"] = finals.Count,
            ["lost"] = lost.Count,
            ["lost-examples"] = lost.Take(Examples).Select(Label).ToList(),
            ["lost-read-as-never-written"] = neverWritten,
            ["unexpected"] = unexpected.Count,
            ["unexpected-examples"] = unexpected.Take(Examples).ToList(),
            ["unread-keys"] = unread.Count,
        };
        window.AddEvidence(evidence, Label);
        if (writes.Count(OpType.Ok) == 0 && unexpected.Count == 0)
        {
            return NothingAcknowledged.Of(expectation, "write", writes.Count(OpType.Fail), writes.Count(OpType.Info), evidence);
        }

        var status = window.Unexcused.Count == 0 && unexpected.Count == 0 && unread.Count == 0 && finals.Count > 0 ? VerdictStatus.Passed : VerdictStatus.Failed;
        var summary = status == VerdictStatus.Passed
            ? window.Excused("writes") ?? $"all {writes.Count(OpType.Ok)} acknowledged writes readable after recovery ({writes.Count(OpType.Info)} indeterminate){window.NoneExcused()}"
            : finals.Count == 0
                ? "no final reads: nothing could be verified"
                : $"{lost.Count} acknowledged writes lost{NeverWritten(neverWritten, lost.Count)}{window.Outside(Label)}, {unexpected.Count} unexpected values, {unread.Count} keys not read back";
        return new Verdict(expectation.ToString(), status, summary, evidence);
    }

    private static string Label(Write write) => $"{write.Key}={write.Value}";

    /// <summary>How many of the losses were read back as a value no client wrote: a vendor must not read "0 lost" for them.</summary>
    private static string NeverWritten(int count, int lost) =>
        count == 0 ? string.Empty : count == lost ? ": read back as a value never written" : $" ({count} read back as a value never written)";
}
