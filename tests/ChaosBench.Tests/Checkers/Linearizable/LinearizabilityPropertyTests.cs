using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model.History;
using FsCheck;
using FsCheck.Fluent;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>
/// Histories made from a sequential register execution: each operation takes effect at its point in the sequence,
/// and its client's interval around that point is stretched at random, so that operations overlap. Such a history is
/// linearizable by construction (the sequence is a linearization); with one read changed to a value never written, it
/// is not.
/// </summary>
public sealed class LinearizabilityPropertyTests
{
    private const string NeverWritten = "never-written";

    /// <summary>A step: what it does (0 write, 1 read, 2 compare-and-set that matches, 3 one that does not), how it ends, how far it stretches.</summary>
    private static readonly Gen<(int Kind, int Ending, int Before, int After)> Step =
        from kind in Gen.Choose(0, 3)
        from ending in Gen.Choose(0, 9)
        from before in Gen.Choose(0, 45)
        from after in Gen.Choose(0, 45)
        select (kind, ending, before, after);

    [Test]
    public void Check_SequentialExecutionWithRandomOverlaps_AlwaysPassed()
    {
        Prop.ForAll(Step.ListOf().ToArbitrary(), steps =>
        {
            // Given the history of a sequential execution, stretched
            var (history, _) = Execute(steps);

            // When it is checked, then it is linearizable (unknown when nothing was acknowledged: nothing to judge)
            var outcome = LinearizabilityChecker.Check(history, new LinearizabilityOptions(), CancellationToken.None).Outcome;
            return outcome == (history.Any(o => o.Type == OpType.Ok) ? LinearizabilityOutcome.Passed : LinearizabilityOutcome.Unknown);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Check_SameWithOneReadOfANeverWrittenValue_FailedAtThatRead()
    {
        Prop.ForAll(Step.NonEmptyListOf().ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (steps, pick) =>
        {
            // Given the same kind of history, and one of its acknowledged reads changed to return a value nobody wrote
            var (history, reads) = Execute(steps);
            if (reads.Count == 0)
            {
                return true;
            }

            var read = reads[pick % reads.Count];
            var changed = history.Select(o => o.Index == read ? o with { Value = NeverWritten } : o).ToList();

            // When it is checked
            var result = LinearizabilityChecker.Check(changed, new LinearizabilityOptions(), CancellationToken.None);

            // Then it fails, naming that read
            return result.Outcome == LinearizabilityOutcome.Failed && result.Violation!.Impossible!.Value == NeverWritten;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>The history, and the indexes of the acknowledged reads' completions.</summary>
    private static (List<Op> History, List<long> Reads) Execute(IEnumerable<(int Kind, int Ending, int Before, int After)> steps)
    {
        var events = new List<(TimeSpan At, Op Op)>();
        string? state = null;
        var process = 0;
        foreach (var (kind, ending, before, after) in steps)
        {
            // Points 10 ms apart; an interval reaches up to 45 ms either side, over several neighbours.
            var point = 50 + (process * 10);
            var (invoked, completed) = (TimeSpan.FromMilliseconds(point - before), TimeSpan.FromMilliseconds(point + after));
            var value = $"v{process}";
            var (f, sent, expected, got, outcome, applied) = (kind, state) switch
            {
                (1, _) => (KvFunctions.Read, null, null, state, ending < 8 ? OpType.Ok : OpType.Fail, false),
                (2, not null) => (KvFunctions.Cas, value, state, value, Ending(ending), ending != 9),
                (3, _) => (KvFunctions.Cas, value, NeverWritten + "-old", value, OpType.Fail, false),
                _ => (KvFunctions.Write, value, (string?)null, value, Ending(ending), ending != 9),
            };

            // An indeterminate operation that did not take effect may still have been invoked before, and timed out after, its point.
            events.Add((invoked, new Op(0, invoked, OpType.Invoke, process, f, "k", sent) { Expected = expected }));
            if (outcome != OpType.Invoke)
            {
                events.Add((completed, new Op(0, completed, outcome, process, f, "k", outcome == OpType.Ok || f != KvFunctions.Read ? got : null) { Expected = expected }));
            }

            state = applied ? value : state;
            process++;
        }

        var history = events.OrderBy(e => e.At).ThenBy(e => e.Op.Type == OpType.Invoke ? 0 : 1).Select((e, i) => e.Op with { Index = i }).ToList();
        return (history, [.. history.Where(o => o.F == KvFunctions.Read && o.Type == OpType.Ok).Select(o => o.Index)]);
    }

    /// <summary>Mostly acknowledged; 7: timed out, applied; 8: never completed, applied; 9: timed out, not applied.</summary>
    private static OpType Ending(int ending) => ending switch
    {
        7 or 9 => OpType.Info,
        8 => OpType.Invoke,
        _ => OpType.Ok,
    };
}
