using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Faults.Exec;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.Request;

namespace ChaosBench.Tests.Runner;

/// <summary>Steps on a real etcd: request and exec with saved values, a step that does not hold, and when-log.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class StepTests
{
    [Test]
    public async Task Run_RequestSavesAValueAnExecUses_PassesAndRecordsBoth()
    {
        // Given a request that saves etcd's version from its JSON answer, and an exec that must print it back
        var scenario = Etcd("steps-save")
            .Fault(TimeSpan.FromSeconds(1), new RequestOptions { Url = "http://{etcd}:2379/version", Save = { ["version"] = "/etcdserver" } })
            .Fault(TimeSpan.FromSeconds(2), new ExecOptions { Target = "etcd", Command = ["sh", "-c", "echo server {version}; etcd --version"], Match = @"server (\S+)\s+etcd Version: \1" })
            .Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 1);

        // Then it passes, and the timeline holds the saved value and the command's output
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        var request = result.Record.Timeline.Single(e => e.Kind == "request");
        Assert.That(request.Detail, Does.StartWith("200: ").And.Match(@"saved version=3\.4\.\d+"));
        Assert.That(result.Record.Timeline.Single(e => e.Kind == "exec").Detail, Does.Match(@"^exit 0: server 3\.4\.\d+"));
    }

    [Test]
    public async Task Run_ExecThatDoesNotHold_FailsNamingTheStepWithItsOutput()
    {
        // Given an exec whose command exits 3
        var scenario = Etcd("steps-exec-fails")
            .Fault(TimeSpan.FromSeconds(1), new ExecOptions { Target = "etcd", Command = ["sh", "-c", "echo no such member >&2; exit 3"] })
            .Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 1);

        // Then the run fails (not errors) at that step, with the exit code and output as the reason
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Record.Reason);
        Assert.That(result.Record.FailedStep, Is.EqualTo("faults[0] exec etcd"));
        Assert.That(result.Record.Reason, Does.Contain("exit 3, expected 0").And.Contain("no such member"));
        Assert.That(result.Record.Timeline.Single(e => e.Kind == "exec").Detail, Does.StartWith("FAILED: "));
    }

    [Test]
    public async Task Run_RequestAnsweredWithAnotherStatus_Fails()
    {
        // Given a request that requires a 404 from a URL that exists
        var scenario = Etcd("steps-request-fails")
            .Fault(TimeSpan.FromSeconds(1), new RequestOptions { Url = "http://{etcd}:2379/version", Status = [404], Within = TimeSpan.FromSeconds(1) })
            .Build();

        var result = await TestRuns.RunAsync(scenario, seed: 1);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Record.Reason);
        Assert.That(result.Record.FailedStep, Is.EqualTo("faults[0] request GET http://{etcd}:2379/version"));
        Assert.That(result.Record.Reason, Does.Contain("answered 200, expected 404"));
    }

    [Test]
    public async Task Run_KillWhenLog_KillsRightAfterTheLineDuringStartUp()
    {
        // Given etcd killed, started again, and killed a second time as soon as its boot logs a given line
        var scenario = Etcd("steps-when-log")
            .Fault(TimeSpan.FromSeconds(1), "kill", "etcd")
            .Fault(TimeSpan.FromSeconds(2), "start", "etcd")
            .Fault(TimeSpan.FromSeconds(2), new KillOptions { Target = "etcd" }, whenLog: "recovered store from snapshot|restarting member")
            .Fault(TimeSpan.FromSeconds(4), "start", "etcd")
            .Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 1);

        // Then the trigger saw the line of the second boot, and the kill followed it before etcd got ready
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        var timeline = result.Record.Timeline;
        var trigger = timeline.Single(e => e.Kind == "when-log");
        var secondKill = timeline.Where(e => e.Kind == "kill").Last();
        Assert.That(trigger.Detail, Does.Contain("restarting member").Or.Contain("recovered store"));
        Assert.That(secondKill.Time, Is.GreaterThanOrEqualTo(trigger.Time));
        Assert.That(secondKill.Time - trigger.Time, Is.LessThan(TimeSpan.FromMilliseconds(500)));
        var readyBetween = timeline.Where(e => e.Kind == "ready" && e.Time > timeline.First(s => s.Kind == "start").Time && e.Time < secondKill.Time);
        Assert.That(readyBetween, Is.Empty, "the second kill landed after etcd was ready again, not during its start-up");
    }

    [Test]
    public async Task Run_SharedVolume_OneServiceSeesWhatAnotherWrote()
    {
        // Given two services declaring the same shared volume, and a third with a volume of that name not shared
        var share = new ChaosBench.Model.Options.VolumeOptions { Path = "/share", Shared = true };
        var scenario = new ScenarioBuilder("steps-shared-volume", TestKinds.All)
            .Duration(TimeSpan.FromSeconds(4))
            .Service("writer", s => { s.Image = "recipe:redis-7.0"; s.Volumes["share"] = share; })
            .Service("reader", s => { s.Image = "recipe:redis-7.0"; s.Volumes["share"] = share; })
            .Service("other", s => { s.Image = "recipe:redis-7.0"; s.Volumes["share"] = new() { Path = "/share" }; })
            .Fault(TimeSpan.FromSeconds(1), new ExecOptions { Target = "writer", Command = ["sh", "-c", "echo written-by-writer > /share/note"] })
            .Fault(TimeSpan.FromSeconds(2), new ExecOptions { Target = "reader", Command = ["cat", "/share/note"], Match = "written-by-writer" })
            .Fault(TimeSpan.FromSeconds(2), new ExecOptions { Target = "other", Command = ["ls", "/share"], Exit = "any" })
            .Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 1);

        // Then the reader saw the writer's file, and the unshared volume of the same name did not
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        Assert.That(result.Record.Timeline.Last(e => e.Kind == "exec").Detail, Does.Not.Contain("note"));
    }

    private static ScenarioBuilder Etcd(string name) => new ScenarioBuilder(name, TestKinds.All)
        .Duration(TimeSpan.FromSeconds(6))
        .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Volumes["data"] = new() { Path = "/var/lib/etcd" }; s.Ready = new() { Http = "http://{self}:2379/health" }; });
}
