using ChaosBench.Checkers;
using ChaosBench.Checkers.RecoversWithin;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers;

public sealed class RecoversWithinCheckerTests
{
    [Test]
    public void Check_OkAndReadyWithinLimitAfterStart_PassesWithMeasuredTime()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 100).Write(0, "a", "0-1", 5000, 5300).Build();
        TimelineEntry[] timeline = [Entry(3000, "kill", "etcd-2"), Entry(5000, "start", "etcd-2"), Entry(6200, "ready", "etcd-2")];

        var verdict = Check(TimeSpan.FromSeconds(2), history, timeline);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["worst-seconds"], Is.EqualTo(1.2).Within(1e-9));
        Assert.That(verdict.Summary, Does.Contain("1.2s"));
    }

    [Test]
    public void Check_EngineSlowToConfirmStart_MeasuresFromConfirmation()
    {
        // Given a start the engine took 450 ms to confirm, and the member ready 300 ms after that
        var history = new HistoryBuilder().Write(0, "a", "0-1", 5500, 5600).Build();
        TimelineEntry[] timeline = [Entry(5000, "start", "etcd-2") with { ConfirmedAfter = TimeSpan.FromMilliseconds(450) }, Entry(5750, "ready", "etcd-2")];

        // When it is checked against a 0.5 s limit
        var verdict = Check(TimeSpan.FromMilliseconds(500), history, timeline);

        // Then the engine's latency is not the product's recovery, but it is reported
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        var repair = ((IEnumerable<Dictionary<string, object?>>)verdict.Evidence["repairs"]!).Single();
        Assert.That(repair["to-ready-seconds"], Is.EqualTo(0.3).Within(1e-9));
        Assert.That(repair["to-first-ok-seconds"], Is.EqualTo(0.15).Within(1e-9));
        Assert.That(repair["confirmed-after-seconds"], Is.EqualTo(0.45).Within(1e-9));
    }

    [Test]
    public void Check_ReadyAfterLimit_FailsWithMeasuredTime()
    {
        var history = new HistoryBuilder().Write(0, "a", "0-1", 5000, 5010).Build();
        TimelineEntry[] timeline = [Entry(5000, "resume", "db"), Entry(9000, "ready", "db")];

        var verdict = Check(TimeSpan.FromSeconds(1), history, timeline);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("4s"));
    }

    [Test]
    public void Check_OperationsAfterRepairAllFail_FailsAsNeverRecovered()
    {
        // Given clients that kept trying after the start, and every try failed
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 10).Write(0, "a", "0-1", 5200, 5300, OpType.Fail).Write(0, "a", "0-2", 5400, 8400, OpType.Info).Build();
        TimelineEntry[] timeline = [Entry(5000, "start", "etcd-1"), Entry(5500, "ready", "etcd-1")];

        // When it is checked
        var verdict = Check(TimeSpan.FromSeconds(10), history, timeline);

        // Then the product did not serve again: that is a verdict about it
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("never recovered after start etcd-1"));
    }

    [Test]
    public void Check_HealOfAServicePartition_MeasuresToTheLastMemberReady()
    {
        // Given a partition drawn across etcd's three members, healed at 5 s, the members ready at 5.2, 5.4 and 5.9 s
        var history = new HistoryBuilder().Write(0, "a", "0-1", 5100, 5150).Build();
        TimelineEntry[] timeline =
        [
            Entry(1000, "partition", "etcd"), Entry(5000, "heal", "etcd"),
            Entry(5200, "ready", "etcd-1"), Entry(5400, "ready", "etcd-2"), Entry(5900, "ready", "etcd-3"),
        ];

        // When it is checked
        var verdict = Check(TimeSpan.FromSeconds(2), history, timeline, Etcd);

        // Then the group recovered when its last member answered
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["worst-seconds"], Is.EqualTo(0.9).Within(1e-9));
    }

    [Test]
    public void Check_HealOfADrawnLink_NeverRecoveredWhileOneMemberIsNotReady()
    {
        // Given a one-way cut etcd-1 -> etcd-2, healed, and only etcd-1 ready again
        var history = new HistoryBuilder().Write(0, "a", "0-1", 5100, 5150).Build();
        TimelineEntry[] timeline = [Entry(1000, "partition", "etcd-1 -> etcd-2"), Entry(5000, "heal", "etcd-1 -> etcd-2"), Entry(5200, "ready", "etcd-1")];

        var verdict = Check(TimeSpan.FromSeconds(2), history, timeline, Etcd);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("never recovered after heal etcd-1 -> etcd-2"));
    }

    [Test]
    public void Check_OnlyClientStuckPastTheRepair_UnknownNoOperationAfterTheRepair()
    {
        // Given the only client's write, sent to the member killed at 1s, outstanding until the workload ended at 2s,
        // and the member ready 0.9s after its start
        var history = new HistoryBuilder().Write(0, "a", "0-0", 0, 10).Write(0, "a", "0-1", 990, 2000, OpType.Info).Build();
        TimelineEntry[] timeline = [Entry(1000, "kill", "etcd-1"), Entry(1200, "start", "etcd-1"), Entry(2100, "ready", "etcd-1")];

        // When it is checked
        var verdict = Check(TimeSpan.FromSeconds(10), history, timeline);

        // Then nothing was asked of the product after the repair: no verdict about it, either way
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown), verdict.Summary);
        Assert.That(verdict.Summary, Does.StartWith("no operation after the repair (start etcd-1)"));
    }

    [Test]
    public void Check_OneRepairOverTheLimitAnotherUnmeasured_Fails()
    {
        // Given a first repair the product took 3 s to recover from, and a second one after which nothing was sent
        var history = new HistoryBuilder().Write(0, "a", "0-0", 1100, 4000).Pending(0, "a", "0-1", 5900).Build();
        TimelineEntry[] timeline = [Entry(1000, "start", "etcd-1"), Entry(1050, "ready", "etcd-1"), Entry(6000, "start", "etcd-2"), Entry(6100, "ready", "etcd-2")];

        // When it is checked against a 1 s limit
        var verdict = Check(TimeSpan.FromSeconds(1), history, timeline);

        // Then the measured deviation is the verdict
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed), verdict.Summary);
        Assert.That(verdict.Summary, Does.StartWith("took 3s to recover"));
    }

    [Test]
    public void Check_NoRepairOnTimeline_Unknown()
    {
        var verdict = Check(TimeSpan.FromSeconds(1), new HistoryBuilder().Build(), []);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
    }

    [Test]
    public void Check_RollingHop_MeasuresEachMemberFromItsOwnHop()
    {
        // Given a rolling hop: each member hopped once the one before was ready and the cluster healthy; etcd-3 took 2.5 s
        var history = new HistoryBuilder().Write(0, "a", "0-1", 1100, 1150).Write(0, "a", "0-2", 3100, 3150).Write(0, "a", "0-3", 5100, 5150).Build();
        TimelineEntry[] timeline =
        [
            Entry(1000, "version-hop", "etcd-1"), Entry(1500, "ready", "etcd-1"), Entry(1510, "cluster-healthy", "etcd"),
            Entry(3000, "version-hop", "etcd-2"), Entry(3600, "ready", "etcd-2"), Entry(3610, "cluster-healthy", "etcd"),
            Entry(5000, "version-hop", "etcd-3"), Entry(7500, "ready", "etcd-3"), Entry(7510, "cluster-healthy", "etcd"),
        ];

        // When it is checked against 2 s
        var verdict = Check(TimeSpan.FromSeconds(2), history, timeline, Etcd);

        // Then each hop is one measurement, from that member's hop to its own readiness, and the slow one fails
        var repairs = ((IEnumerable<Dictionary<string, object?>>)verdict.Evidence["repairs"]!).ToList();
        Assert.That(repairs.Select(r => r["repair"]), Is.EqualTo(new[] { "version-hop etcd-1", "version-hop etcd-2", "version-hop etcd-3" }));
        Assert.That(repairs.Select(r => (double)r["to-ready-seconds"]!), Is.EqualTo(new[] { 0.5, 0.6, 2.5 }).Within(1e-9));
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("2.5s"));
    }

    private static TimelineEntry Entry(int ms, string kind, string target) => new(TimeSpan.FromMilliseconds(ms), kind, target, string.Empty);

    private static readonly Dictionary<string, IReadOnlyList<string>> Etcd = new() { ["etcd"] = ["etcd-1", "etcd-2", "etcd-3"] };

    private static Verdict Check(TimeSpan limit, ChaosBench.Model.History.History history, TimelineEntry[] timeline, Dictionary<string, IReadOnlyList<string>>? members = null) =>
        new RecoversWithinChecker().Check(
            new Expectation(new RecoversWithinChecker(), new RecoversWithinOptions { Within = limit }),
            new CheckInput(history, timeline) { Kinds = TestKinds.All, Members = members ?? new Dictionary<string, IReadOnlyList<string>>() });
}
