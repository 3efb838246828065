using System.Diagnostics;
using ChaosBench.Engine;

namespace ChaosBench.Tests.Engine;

[Category("Docker")]
[CancelAfter(120_000)]
public sealed class ContainerLifecycleTests
{
    [Test]
    public async Task Exec_EtcdctlPutThenGet_ReturnsValue()
    {
        // Given a running etcd
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);

        // When a key is put and read back through exec
        var put = await engine.Containers.ExecAsync(id, ["etcdctl", "put", "greeting", "hello chaos"]);
        var get = await engine.Containers.ExecAsync(id, ["etcdctl", "get", "greeting", "--print-value-only"]);

        // Then the value comes back on stdout and both commands succeed
        Assert.That(put.ExitCode, Is.Zero, put.Stderr);
        Assert.That(get.Stdout.Trim(), Is.EqualTo("hello chaos"));
    }

    [Test]
    public async Task Exec_FailingCommand_ReportsExitCodeAndSeparatesStreams()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);

        var result = await engine.Containers.ExecAsync(id, ["sh", "-c", "echo to-out; echo to-err >&2; exit 7"]);

        Assert.That(result.ExitCode, Is.EqualTo(7));
        Assert.That(result.Stdout, Is.EqualTo("to-out\n"));
        Assert.That(result.Stderr, Is.EqualTo("to-err\n"));
    }

    [Test]
    public async Task Kill_WithSigkill_WaitReports137WithinOneSecond()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);

        var clock = Stopwatch.StartNew();
        var wait = engine.Containers.WaitAsync(id);
        await engine.Containers.KillAsync(id, "KILL");
        var exitCode = await wait;
        clock.Stop();

        Assert.That(exitCode, Is.EqualTo(137));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That((await engine.Containers.InspectAsync(id)).State.Running, Is.False);
    }

    [Test]
    public async Task Logs_OfEtcd_AreCapturedFromStderrWithTimestamps()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);

        var lines = new List<LogLine>();
        await foreach (var line in engine.Containers.LogsAsync(id))
        {
            lines.Add(line);
        }

        Assert.That(lines, Has.Some.Matches<LogLine>(l => l.Text.Contains("ready to serve client requests", StringComparison.Ordinal) && l.Stream == LogStream.Stderr));
        Assert.That(lines.Select(l => l.Time), Has.All.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Test]
    public async Task Logs_Followed_EndWhenContainerStops()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);

        var followed = Task.Run(async () =>
        {
            var texts = new List<string>();
            await foreach (var line in engine.Containers.LogsAsync(id, follow: true))
            {
                texts.Add(line.Text);
            }

            return texts;
        });
        await Task.Delay(300);
        await engine.Containers.StopAsync(id, TimeSpan.FromSeconds(5));
        var all = await followed.WaitAsync(TimeSpan.FromSeconds(10));

        // etcd logs its shutdown on SIGTERM: the follow saw lines written after it began.
        Assert.That(all, Has.Some.Contains("received terminated signal").Or.Some.Contains("skipped leadership transfer"));
    }

    [Test]
    public async Task PauseUnpause_ObservedThroughInspectAndEvents()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await EtcdContainer.StartAsync(run);

        await engine.Containers.PauseAsync(id);
        var paused = (await engine.Containers.InspectAsync(id)).State;
        await engine.Containers.UnpauseAsync(id);
        var resumed = (await engine.Containers.InspectAsync(id)).State;

        Assert.That(paused.Paused, Is.True);
        Assert.That(paused.Status, Is.EqualTo("paused"));
        Assert.That(resumed.Paused, Is.False);
        var actions = await EventsAsync(engine, new EventFilter { Label = $"chaosbench.run={run.RunId}", Since = since, Until = DateTimeOffset.UtcNow });
        Assert.That(actions, Does.Contain("container pause " + id).And.Contain("container unpause " + id));
    }

    [Test]
    public async Task NetworkDisconnect_ObservedThroughInspectAndEvents()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var network = await run.CreateNetworkAsync(run.RunId + "-net");
        var id = await EtcdContainer.StartAsync(run, run.RunId + "-net");
        var before = await engine.Containers.InspectAsync(id);

        await engine.Networks.DisconnectAsync(network, id);
        var after = await engine.Containers.InspectAsync(id);

        Assert.That(before.NetworkAddresses.Keys, Does.Contain(run.RunId + "-net"));
        Assert.That(after.NetworkAddresses.Keys, Does.Not.Contain(run.RunId + "-net"));
        var actions = await EventsAsync(engine, new EventFilter { Network = network, Since = since, Until = DateTimeOffset.UtcNow });
        Assert.That(actions, Does.Contain("network disconnect " + network));
    }

    /// <summary>Events as "type action actor"; the filter's Until ends the stream.</summary>
    private static async Task<List<string>> EventsAsync(IContainerEngine engine, EventFilter filter)
    {
        var seen = new List<string>();
        await foreach (var e in engine.EventsAsync(filter))
        {
            seen.Add($"{e.Type} {e.Action} {e.ActorId}");
        }

        return seen;
    }
}
