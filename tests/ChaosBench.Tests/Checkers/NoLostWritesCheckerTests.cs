using ChaosBench.Checkers;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Checkers;

public sealed class NoLostWritesCheckerTests
{
    private static readonly Expectation NoLostWrites = new(new NoLostWritesChecker(), new NoLostWritesOptions());

    [Test]
    public void Check_LastAcknowledgedValueReadBack_Passes()
    {
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Write(0, "a", "0-1", 10, 15).Write(1, "b", "1-0", 3, 8)
            .FinalRead("a", "0-1").FinalRead("b", "1-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["acknowledged-writes"], Is.EqualTo(3));
    }

    [Test]
    public void Check_OlderValueReadAfterNewerWasAcknowledged_FailsWithLostExample()
    {
        // Given 0-1 was acknowledged after 0-0 completed, and the final read shows 0-0
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Write(0, "a", "0-1", 10, 15)
            .FinalRead("a", "0-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost"], Is.EqualTo(1));
        Assert.That(verdict.Evidence["lost-examples"], Is.EqualTo(new[] { "a=0-1" }));
    }

    [Test]
    public void Check_KeyMissingAfterAcknowledgedWrite_Fails()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 5).FinalRead("a", null).Build();

        Assert.That(Check(history).Status, Is.EqualTo(VerdictStatus.Failed));
    }

    [Test]
    public void Check_ConcurrentWritesEitherValueSurvives_Passes()
    {
        // Two overlapping acknowledged writes: either may be last.
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 20).Write(1, "a", "1-0", 5, 10)
            .FinalRead("a", "0-0").Build();

        Assert.That(Check(history).Status, Is.EqualTo(VerdictStatus.Passed));
    }

    [Test]
    public void Check_IndeterminateWriteAbsentOrPresent_PassesAndCountsApart()
    {
        var absent = new HistoryBuilder().Write(0, "a", "0-0", 0, 5).Write(0, "a", "0-1", 10, 3000, OpType.Info).FinalRead("a", "0-0").Build();
        var present = new HistoryBuilder().Write(0, "a", "0-0", 0, 5).Pending(1, "a", "1-0", 10).FinalRead("a", "1-0").Build();

        var absentVerdict = Check(absent);
        var presentVerdict = Check(present);

        Assert.That(absentVerdict.Status, Is.EqualTo(VerdictStatus.Passed));
        Assert.That(absentVerdict.Evidence["indeterminate-writes"], Is.EqualTo(1));
        Assert.That(presentVerdict.Status, Is.EqualTo(VerdictStatus.Passed));
    }

    [Test]
    public void Check_IndeterminateWriteTakesEffectAfterLaterAcknowledgedOne_Passes()
    {
        // Given 0-0 timed out at 3s, 1-0 was acknowledged later, and the final read shows 0-0:
        // the timed-out proposal was committed after 1-0, which a linearizable store may do.
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 3000, OpType.Info).Write(1, "a", "1-0", 4000, 4005)
            .FinalRead("a", "0-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
    }

    [Test]
    public void Check_OlderAcknowledgedValueBehindIndeterminateOne_StillFails()
    {
        // Given 0-0 acknowledged, 1-0 indeterminate, then 0-1 acknowledged after both: seeing 0-0 loses 0-1.
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Write(1, "a", "1-0", 10, 3000, OpType.Info).Write(0, "a", "0-1", 4000, 4005)
            .FinalRead("a", "0-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost-examples"], Is.EqualTo(new[] { "a=0-1" }));
    }

    [Test]
    public void Check_FailedWriteVisible_FailsAsUnexpected()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 5).Write(0, "a", "0-1", 10, 12, OpType.Fail).FinalRead("a", "0-1").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["unexpected"], Is.EqualTo(1));
    }

    [Test]
    public void Check_NoFinalReads_FailsRatherThanPassingVacuously()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 5).Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("no final reads"));
    }

    [Test]
    public void Check_ReadsDuringRunBetweenWrites_JudgedOnFinalReadsOnly()
    {
        // Given reads during the run of an old value and of nothing, and the last write read back after recovery
        var history = new HistoryBuilder()
            .Read(1, "a", null, 0, 2).Write(0, "a", "0-0", 3, 5).Read(1, "a", "0-0", 6, 7).Write(0, "a", "0-1", 10, 15).Read(1, "a", null, 16, 17, OpType.Info)
            .FinalRead("a", "0-1").Build();

        // When it is judged
        var verdict = Check(history);

        // Then the reads are neither writes nor losses
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["acknowledged-writes"], Is.EqualTo(2));
        Assert.That(verdict.Evidence["indeterminate-writes"], Is.EqualTo(0));
    }

    [Test]
    public void Check_AcknowledgedCasReadBack_PassesAndCountsAsWrite()
    {
        // Given a cas from 0-0 to 1-0, acknowledged, whose value the final read shows
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Cas(1, "a", "0-0", "1-0", 10, 15)
            .FinalRead("a", "1-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["acknowledged-writes"], Is.EqualTo(2));
    }

    [Test]
    public void Check_AcknowledgedCasLost_FailsNamingIt()
    {
        // Given an acknowledged cas to 1-0 after 0-0 was acknowledged, and 0-0 read back after recovery
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Cas(1, "a", "0-0", "1-0", 10, 15)
            .FinalRead("a", "0-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost-examples"], Is.EqualTo(new[] { "a=1-0" }));
    }

    [Test]
    public void Check_FailedCasValueReadBack_FailsAsUnexpected()
    {
        // Given a cas whose compare did not hold (fail), and its value seen after recovery anyway
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Cas(1, "a", "x", "1-0", 10, 15, OpType.Fail)
            .FinalRead("a", "1-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["unexpected-examples"], Is.EqualTo(new[] { "a=1-0" }));
        Assert.That(verdict.Evidence["failed-writes"], Is.EqualTo(1));
    }

    [Test]
    public void Check_EveryWriteTimedOut_UnknownNothingAcknowledged()
    {
        // Given writes that all timed out, and final reads that show nothing
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 3000, OpType.Info).Write(1, "b", "1-0", 5, 3005, OpType.Info).Write(0, "a", "0-1", 3000, 3010, OpType.Fail)
            .FinalRead("a", null).FinalRead("b", null).Build();

        // When it is judged
        var verdict = Check(history);

        // Then "all 0 acknowledged writes readable" would be a lie: there is nothing to judge
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(verdict.Summary, Is.EqualTo("nothing acknowledged to judge: no write was acknowledged (1 failed, 2 indeterminate)"));
    }

    [Test]
    public void Check_NothingAcknowledgedButFailedWriteVisible_StillFails()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 5, OpType.Fail).FinalRead("a", "0-0").Build();

        var verdict = Check(history);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["unexpected"], Is.EqualTo(1));
    }

    [Test]
    public void Check_KeysReadBackAsValuesNeverWritten_CountedAsLostAndUnexpected()
    {
        // Given two keys whose files came back empty after a power cut, and one read back as written
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 0, 5).Write(0, "a", "0-1", 10, 15).Write(1, "b", "1-0", 3, 8).Write(2, "c", "2-0", 4, 9)
            .FinalRead("a", string.Empty).FinalRead("b", string.Empty).FinalRead("c", "2-0").Build();

        // When it is judged
        var verdict = Check(history);

        // Then each such key lost its last acknowledged write, and the summary says how
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost"], Is.EqualTo(2));
        Assert.That(verdict.Evidence["lost-examples"], Is.EqualTo(new[] { "a=0-1", "b=1-0" }));
        Assert.That(verdict.Evidence["lost-read-as-never-written"], Is.EqualTo(2));
        Assert.That(verdict.Evidence["unexpected"], Is.EqualTo(2));
        Assert.That(verdict.Summary, Is.EqualTo("2 acknowledged writes lost: read back as a value never written, 2 unexpected values, 0 keys not read back"));
    }

    [Test]
    public void Catalog_CheckerThrows_VerdictUnknownNotCrash()
    {
        var verdict = Judging.Judge(new Expectation(new ThrowingChecker(), new NoOptions()), new CheckInput(new History(), []));

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(verdict.Summary, Does.Contain("the checker failed"));
    }

    private static Verdict Check(History history) => new NoLostWritesChecker().Check(NoLostWrites, new CheckInput(history, []));

    private sealed class ThrowingChecker : ExpectationKind<NoOptions>, IChecker
    {
        public override string Name => "boom";

        public Verdict Check(Expectation expectation, CheckInput input) => throw new InvalidOperationException("checker bug");
    }
}
