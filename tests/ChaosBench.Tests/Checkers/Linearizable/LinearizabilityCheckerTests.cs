using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>Register histories from the literature (Herlihy and Wing, Jepsen, Porcupine's README), each with its verdict.</summary>
public sealed class LinearizabilityCheckerTests
{
    [Test]
    public void Check_ReadOfNewThenOld_FailsAtTheOldRead()
    {
        // Given Porcupine's second example: a put of "200" still running, a get that saw "200", then a later get that saw nothing
        var history = new RegisterHistory().Write("200", 0, 100).Read("200", 10, 30).Read(null, 40, 90);

        // When it is checked
        var result = Check(history);

        // Then no order explains it, and the read of the old (absent) value after the new one is the impossible one
        Assert.That(result.Outcome, Is.EqualTo(LinearizabilityOutcome.Failed));
        Assert.That(result.Violation!.Impossible!.Value, Is.Null);
        Assert.That(result.Violation.Impossible.Invoked, Is.EqualTo(TimeSpan.FromMilliseconds(40)));
        Assert.That(result.Violation.Possible, Is.EqualTo(new[] { "200" }));
    }

    [Test]
    public void Check_ConcurrentReadsOfOldAndNew_Passes()
    {
        // Given Porcupine's first example: while a put of "100" runs, one get sees "100" and a shorter one inside it sees nothing
        var history = new RegisterHistory().Write("100", 0, 100).Read("100", 25, 75).Read(null, 30, 60);

        // When it is checked, then the nothing-read goes first, the put, then the other read
        Assert.That(Check(history).Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
    }

    [Test]
    public void Check_StaleReadAfterTwoWrites_NamesKeyReadValuePossibleValueAndTheWriteItShouldHaveSeen()
    {
        // Given 1 then 2 written one after the other, and a later read of 1
        var history = new RegisterHistory().Write("1", 0, 10, process: 0).Write("2", 20, 30, process: 1).Read("1", 40, 50, process: 2);

        // When it is checked
        var violation = Check(history).Violation!;

        // Then the read is impossible, 2 is what it should have read, written by process 1, and the window is the second write and the read
        Assert.That(violation.Key, Is.EqualTo("k"));
        Assert.That(violation.Impossible, Is.EqualTo(new ViolationOp(4, 2, "read", "1", null, TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(50), OpType.Ok)));
        Assert.That(violation.Possible, Is.EqualTo(new[] { "2" }));
        Assert.That(violation.CouldHaveSeen.Select(w => (w.Process, w.Value)), Is.EqualTo(new[] { (1, "2") }));
        Assert.That(violation.Lanes.Select(l => (l.Process, l.Ops.Count)), Is.EqualTo(new[] { (1, 1), (2, 1) }));
        Assert.That(violation.Narrowed, Is.True);
    }

    [Test]
    public void Check_ReadSeesValueOnlyAnIndeterminateWriteWrote_Passes()
    {
        // Given a write of 2 that timed out, and a later read of 2: the write took effect, the client just never heard
        var history = new RegisterHistory().Write("1", 0, 10).Write("2", 20, 30, OpType.Info).Read("2", 40, 50);

        // When it is checked, then it is linearizable only through the indeterminate write
        Assert.That(Check(history).Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
    }

    [Test]
    public void Check_SameReadButTheWriteFailed_FailsAtTheRead()
    {
        // Given the same, but the write of 2 certainly failed: it never happened, so nothing wrote what was read
        var history = new RegisterHistory().Write("1", 0, 10).Write("2", 20, 30, OpType.Fail).Read("2", 40, 50);

        // When it is checked
        var violation = Check(history).Violation!;

        // Then the read is impossible: the key could only hold 1
        Assert.That(violation.Impossible!.Value, Is.EqualTo("2"));
        Assert.That(violation.Possible, Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void Check_IndeterminateWriteTakesEffectAfterItsClientGaveUp_Passes()
    {
        // Given a write of 2 reported indeterminate at 30 ms, a read of 1 after that, then a read of 2: it was applied at about 55 ms
        var history = new RegisterHistory().Write("1", 0, 10).Write("2", 20, 30, OpType.Info).Read("1", 40, 50).Read("2", 60, 70);

        // When it is checked, then its completion is +∞, not the moment its client gave up
        Assert.That(Check(history).Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
    }

    [Test]
    public void Check_IndeterminateWriteNeverTookEffect_Passes()
    {
        // Given a write of 2 that never completed, and later reads that all see 1
        var history = new RegisterHistory().Write("1", 0, 10).Write("2", 20, 0, OpType.Invoke).Read("1", 40, 50).Read("1", 60, 70);

        // When it is checked, then it is linearizable only if the write never took effect
        Assert.That(Check(history).Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
    }

    [Test]
    public void Check_IndeterminateWriteMustHaveAndMustNotHaveTakenEffect_Fails()
    {
        // Given a read of 2 (only the indeterminate write wrote it) and, after it, a read of 1 again
        var history = new RegisterHistory().Write("1", 0, 10).Write("2", 20, 30, OpType.Info).Read("2", 40, 50).Read("1", 60, 70);

        // When it is checked
        var violation = Check(history).Violation!;

        // Then the second read needs the write never to have happened, which the first rules out
        Assert.That(violation.Impossible!.Value, Is.EqualTo("1"));
        Assert.That(violation.Possible, Is.EqualTo(new[] { "2" }));
        Assert.That(violation.CouldHaveSeen.Single().Outcome, Is.EqualTo(OpType.Info));
    }

    [Test]
    public void Check_CompareAndSetChain_PassesAndTheStaleOneFails()
    {
        // Given a written, then a compare-and-set a→b, then one b→c, then a read of c
        var good = new RegisterHistory().Write("a", 0, 10).Cas("a", "b", 20, 30).Cas("b", "c", 40, 50).Read("c", 60, 70);

        // And the same with the second compare-and-set expecting a, which the key no longer held
        var stale = new RegisterHistory().Write("a", 0, 10).Cas("a", "b", 20, 30).Cas("a", "c", 40, 50).Read("c", 60, 70);

        // When both are checked
        var (passed, failed) = (Check(good), Check(stale));

        // Then the chain passes, and the stale compare-and-set is impossible: the key held b
        Assert.That(passed.Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
        Assert.That(failed.Violation!.Impossible!.F, Is.EqualTo("cas"));
        Assert.That(failed.Violation.Impossible.Expected, Is.EqualTo("a"));
        Assert.That(failed.Violation.Possible, Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void Check_ConcurrentCompareAndSetsOneFailed_Passes()
    {
        // Given two racing compare-and-sets from a, one acknowledged and one refused, and an indeterminate one from b
        var history = new RegisterHistory().Write("a", 0, 10).Cas("a", "b", 20, 40).Cas("a", "c", 25, 45, OpType.Fail).Cas("b", "d", 50, 60, OpType.Info).Read("d", 70, 80);

        // When it is checked, then the refused one never happened and the indeterminate one did
        Assert.That(Check(history).Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
    }

    [Test]
    public void Check_OperationsMeetingAtOneInstant_CountAsOverlapping()
    {
        // Given a read of absent invoked at the very tick a write completed
        var history = new RegisterHistory().Write("1", 0, 10).Read(null, 10, 20);

        // When it is checked, then the read may still go first
        Assert.That(Check(history).Outcome, Is.EqualTo(LinearizabilityOutcome.Passed));
    }

    [Test]
    public void Check_FinalReadOfOverwrittenValue_FailsLikeAnyRead()
    {
        // Given 1 then 2 acknowledged, and the final read after recovery showing 1
        var history = new RegisterHistory().Write("1", 0, 10).Write("2", 20, 30).FinalRead("1", 100, 110);

        // When it is checked, then the final read is judged as one more read
        Assert.That(Check(history).Violation!.Impossible!.F, Is.EqualTo(KvFunctions.FinalRead));
    }

    private static LinearizabilityResult Check(RegisterHistory history) =>
        LinearizabilityChecker.Check(history.Ops(), new LinearizabilityOptions(), CancellationToken.None);
}
