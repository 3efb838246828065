using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Faults.Kill;

namespace ChaosBench.Tests.Runner;

[Category("Docker")]
[CancelAfter(300_000)]
public sealed class ScenarioRunnerTests
{
    [Test]
    public async Task Run_KillOneOfThreeEtcdMembersThenStart_PassesWithNoLostWrites()
    {
        // Given a 3-member etcd cluster under writes, one seed-chosen member SIGKILLed at 3s and started at 5s
        var scenario = new ScenarioBuilder("etcd-kill-member", TestKinds.All)
            .Duration(TimeSpan.FromSeconds(8))
            .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Replicas = 3; s.Cluster = "etcd"; s.Volumes["data"] = new() { Path = "/var/lib/etcd" }; })
            .Workload("etcd-kv", "etcd", w => { w.Clients = 4; w.Rate = 100; })
            .Fault(TimeSpan.FromSeconds(3), new KillOptions { Target = "etcd", Pick = "random" })
            .Fault(TimeSpan.FromSeconds(5), "start", "previous")
            .Expect("no-lost-writes")
            .Expect("recovers-within", TimeSpan.FromSeconds(10))
            .Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 7);

        // Then it passes, the kill was confirmed by the engine, and writes were acknowledged and read back
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        var kill = result.Record.Timeline.Single(e => e.Kind == "kill");
        Assert.That(kill.Detail, Does.Contain("exited 137"));
        Assert.That(kill.ConfirmedAfter, Is.Not.Null.And.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(result.Record.Timeline, Has.Some.Matches<TimelineEntry>(e => e.Kind == "engine" && e.Target == kill.Target && e.Detail.StartsWith("die", StringComparison.Ordinal)));
        Assert.That(result.Record.Verdicts[0].Evidence["acknowledged-writes"], Is.GreaterThan(300));
        Assert.That(result.Logs[kill.Target], Does.Contain("ready to serve client requests"));
    }

    [Test]
    public async Task Run_RecoveryLimitThatCannotHold_FailsNamingTheExpectation()
    {
        var scenario = new ScenarioBuilder("etcd-pause-impossible-recovery", TestKinds.All)
            .Duration(TimeSpan.FromSeconds(6))
            .Service("etcd", s => s.Image = "recipe:etcd-3.4")
            .Workload("etcd-kv", "etcd", w => w.Rate = 50)
            .Fault(TimeSpan.FromSeconds(1), "pause", "etcd", @for: TimeSpan.FromSeconds(2))
            .Expect("no-lost-writes")
            .Expect("recovers-within", TimeSpan.FromMilliseconds(1))
            .Build();

        var result = await TestRuns.RunAsync(scenario, seed: 1);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        Assert.That(result.Record.FailedStep, Is.EqualTo("expect[1] recovers-within: 1ms"));
        Assert.That(result.Record.Verdicts[0].Status, Is.EqualTo(VerdictStatus.Passed));
    }
}
