using ChaosBench.Checkers;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers;

/// <summary><c>no-lost-writes: { loss-window: D }</c>: losses acknowledged at most D before a crash are excused, and still reported.</summary>
public sealed class LossWindowTests
{
    private static readonly Expectation Bare = new(new NoLostWritesChecker(), new NoLostWritesOptions());

    private static readonly Expectation OneSecond = new(new NoLostWritesChecker(), new NoLostWritesOptions { LossWindow = TimeSpan.FromSeconds(1) });

    [Test]
    public void Check_LossAcknowledgedWithinWindowBeforeKill_PassesAndReportsTheLoss()
    {
        // Given 0-1, acknowledged 0.84 s before redis-1 was killed, is missing after recovery
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 100).Write(0, "a", "0-1", 3100, 3160).FinalRead("a", "0-0").Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "kill"), Entry(6000, "start"));

        // Then it passes, and the loss is counted, excused and dated
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["lost"], Is.EqualTo(1));
        Assert.That(verdict.Evidence["lost-excused"], Is.EqualTo(1));
        Assert.That(verdict.Evidence["largest-excused-age-seconds"], Is.EqualTo(0.84).Within(1e-9));
        Assert.That(verdict.Summary, Is.EqualTo("lost 1 write, acknowledged within 0.84s before the kill of redis-1 at 4.00s; loss-window 1s"));
        Assert.That(verdict.Expectation, Is.EqualTo("no-lost-writes loss-window 1s"));
    }

    [Test]
    public void Check_LossOlderThanWindow_FailsNamingTheOldestOutside()
    {
        // Given one loss 0.5 s before the kill, and an older one 2 s before it
        var history = new HistoryBuilder()
            .Write(0, "a", "0-0", 1900, 2000).Write(1, "b", "1-0", 3400, 3500)
            .FinalRead("a", null).FinalRead("b", null).Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "kill"));

        // Then the older loss fails it, and the summary names it
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost"], Is.EqualTo(2));
        Assert.That(verdict.Evidence["lost-excused"], Is.EqualTo(1));
        Assert.That(verdict.Summary, Does.Contain("the oldest outside it: a=0-0, acknowledged at 2.00s, 2.00s before the kill of redis-1 at 4.00s"));
    }

    [Test]
    public void Check_LossWithNoCrashOnTimeline_Fails()
    {
        // Given a loss just before a pause, which is no crash
        var history = new HistoryBuilder().Write(0, "a", "0-0", 3800, 3900).FinalRead("a", null).Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "pause"), Entry(5000, "resume"));

        // Then nothing excuses it
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("a=0-0, acknowledged at 3.90s, and no crash on the timeline"));
    }

    [Test]
    public void Check_LossAcknowledgedAfterTheLastCrash_Fails()
    {
        // Given a loss acknowledged after the member came back from its kill
        var history = new HistoryBuilder().Write(0, "a", "0-0", 6400, 6500).FinalRead("a", null).Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "kill"), Entry(6000, "start"));

        // Then the window, which looks back from a crash, does not cover it
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("after the last crash (the kill of redis-1 at 4.00s)"));
    }

    [Test]
    public void Check_BareExpectationWithLossJustBeforeCrash_FailsAsBefore()
    {
        // Given the history that a loss-window of 1 s excuses
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 100).Write(0, "a", "0-1", 3100, 3160).FinalRead("a", "0-0").Build();

        // When it is judged by the bare no-lost-writes
        var verdict = Check(Bare, history, Entry(4000, "kill"));

        // Then any loss fails it, and the evidence is what it always was
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Is.EqualTo("1 acknowledged writes lost, 0 unexpected values, 0 keys not read back"));
        Assert.That(verdict.Evidence.Keys, Has.No.Member("lost-excused"));
    }

    [TestCase(2990, 3000, VerdictStatus.Passed)]
    [TestCase(3990, 4000, VerdictStatus.Passed)]
    [TestCase(2989, 2999, VerdictStatus.Failed)]
    [TestCase(3995, 4005, VerdictStatus.Passed)]
    [TestCase(3995, 5000, VerdictStatus.Passed)]
    [TestCase(3995, 5001, VerdictStatus.Failed)]
    [TestCase(4001, 4011, VerdictStatus.Failed)]
    public void Check_AcknowledgedAtTheWindowsEdges_ExcusedOnlyInside(int sentMs, int acknowledgedMs, VerdictStatus expected)
    {
        // Given a loss acknowledged at the edge of [crash - 1s, crash], or sent before a crash at 4 s and answered
        // after it (at most 1 s after), or sent after it
        var history = new HistoryBuilder().Write(0, "a", "0-0", sentMs, acknowledgedMs).FinalRead("a", null).Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "power-loss"));

        // Then every end is inside, a millisecond beyond either is not, and a write sent after the crash never is
        Assert.That(verdict.Status, Is.EqualTo(expected), verdict.Summary);
    }

    [Test]
    public void Check_LossAnsweredAfterTheCrashWasConfirmed_ExcusedAsTheDyingProductsAnswer()
    {
        // Given a put sent 5 ms into a power cut at 3.03 s that the engine confirmed 12 ms in, answered 2 ms after that
        // (etcd 3.3's signature in CI), and a next cut at 5.03 s
        var history = new HistoryBuilder().Write(0, "a", "0-0", 3035, 3044).FinalRead("a", null).Build();
        var first = Entry(3030, "power-loss") with { ConfirmedAfter = TimeSpan.FromMilliseconds(12) };

        // When it is judged with a loss-window of 100 ms
        var verdict = Check(new Expectation(new NoLostWritesChecker(), new NoLostWritesOptions { LossWindow = TimeSpan.FromMilliseconds(100) }), history, first, Entry(5030, "power-loss"));

        // Then the first cut excuses it, not the second two seconds later
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["excused-examples"], Is.EqualTo(new[] { "a=0-0, acknowledged 0.00s before the power-loss of redis-1 at 3.03s" }));
    }

    [Test]
    public void Check_SetAddsLostBeforePowerLoss_PassWithTheCount()
    {
        // Given two acknowledged adds missing after a power loss, 0.3 s and 0.1 s before it
        var history = new HistoryBuilder()
            .Add(0, "s", "0-0", 0, 100).Add(0, "s", "0-1", 3600, 3700).Add(1, "s", "1-0", 3800, 3900)
            .FinalReadSet("s", "0-0").Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "power-loss"));

        // Then it passes and reports both losses
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["lost"], Is.EqualTo(2));
        Assert.That(verdict.Summary, Is.EqualTo("lost 2 adds, all acknowledged within 0.30s before the power-loss of redis-1 at 4.00s; loss-window 1s"));
    }

    [Test]
    public void Check_ListAppendsLostBeforeTwoCrashes_PassNamingBoth()
    {
        // Given one append lost before a torn write at 4 s, another before a kill at 8 s
        var history = new HistoryBuilder()
            .Append(0, "l", "0-0", 0, 100).Append(0, "l", "0-1", 3500, 3600).Append(0, "l", "0-2", 7700, 7800)
            .FinalReadList("l", "0-0").Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "torn-write"), Entry(5000, "start"), Entry(8000, "kill"));

        // Then each loss is excused by its own crash
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Summary, Is.EqualTo("lost 2 appends, all acknowledged within 0.40s before the torn-write of redis-1 at 4.00s or the kill of redis-1 at 8.00s; loss-window 1s"));
    }

    [Test]
    public void Check_WindowExcusesLosses_EvidenceListsEachExcusedWrite()
    {
        // Given two losses 0.3 s and 0.1 s before a power loss
        var history = new HistoryBuilder().Write(0, "a", "0-0", 3600, 3700).Write(1, "b", "1-0", 3800, 3900).FinalRead("a", null).FinalRead("b", null).Build();

        // When it is judged with a loss-window of 1 s
        var verdict = Check(OneSecond, history, Entry(4000, "power-loss"));

        // Then the evidence (which the reports show) names each excused write and how close to the crash it was
        Assert.That(verdict.Evidence["excused-examples"], Is.EqualTo(new[]
        {
            "a=0-0, acknowledged 0.30s before the power-loss of redis-1 at 4.00s",
            "b=1-0, acknowledged 0.10s before the power-loss of redis-1 at 4.00s",
        }));
    }

    [Test]
    public void Check_WindowWithNothingLost_SaysItExcusedNone()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-0", 3600, 3700).FinalRead("a", "0-0").Build();

        var verdict = Check(OneSecond, history, Entry(4000, "kill"));

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed));
        Assert.That(verdict.Summary, Is.EqualTo("all 1 acknowledged writes readable after recovery (0 indeterminate); the loss-window 1s excused none"));
    }

    [Test]
    public void Check_WindowExcusedLossesButAnUnexpectedValueFails_SaysHowManyItExcused()
    {
        // Given one loss 0.1 s before a kill, and a value that failed to write read back on another key
        var history = new HistoryBuilder().Write(0, "a", "0-0", 3800, 3900).Write(1, "b", "1-0", 3000, 3100).Write(1, "b", "1-1", 3200, 3300, OpType.Fail)
            .FinalRead("a", null).FinalRead("b", "1-1").Build();

        var verdict = Check(OneSecond, history, Entry(4000, "kill"));

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Is.EqualTo("1 acknowledged writes lost (1 excused by the loss-window 1s), 1 unexpected values, 0 keys not read back"));
    }

    private static TimelineEntry Entry(int ms, string kind) => new(TimeSpan.FromMilliseconds(ms), kind, "redis-1", string.Empty);

    private static Verdict Check(Expectation expectation, History history, params TimelineEntry[] timeline) =>
        new NoLostWritesChecker().Check(expectation, new CheckInput(history, timeline) { Kinds = TestKinds.All });
}
