using System.Text.Json.Nodes;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Tests.Engine;

namespace ChaosBench.Tests.Cli;

/// <summary>The harness against an engine it reaches only over <c>tcp://127.0.0.1:PORT</c>: a second dockerd on this machine.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class RemoteEngineTests
{
    private SecondDockerd _remote = null!;
    private string _out = null!;

    [OneTimeSetUp]
    public async Task StartSecondEngine() => _remote = await SecondDockerd.StartAsync(TimeSpan.FromSeconds(60));

    [OneTimeTearDown]
    public async Task StopSecondEngine() => await _remote.DisposeAsync();

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-runs-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public void SecondEngine_Running_MainEngineKeepsItsDefaultBridge()
    {
        // A second dockerd with '--bridge none' deletes the host's docker0, and every later container on the main
        // engine's default network (the helper containers of delete-path, say) then fails to start.
        Assert.That(Directory.Exists("/sys/class/net/docker0"), Is.True, "docker0 is gone");
    }

    [Test]
    public async Task Run_KillMemberOnTcpEngine_PassesInThatEngineAndLeavesNothing()
    {
        // Given the second engine holding the etcd image (copied from the main one, as docker save | docker load)
        using var main = TestEnvironment.Engine();
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        await _remote.CopyImageAsync(main, image.Recipe.Tag);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);

        // When kill-member runs with DOCKER_HOST at the second engine
        var (exit, stdout, stderr) = await RunAsync("scenarios/etcd/kill-member.yaml");

        // Then it passes, and its record names that engine
        Assert.That(exit, Is.Zero, $"{stderr}\n{stdout}\nsecond dockerd:\n{Tail(_remote.Log)}");
        var record = Record();
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
        Assert.That(record["environment"]!["engineEndpoint"]!.GetValue<string>(), Is.EqualTo(_remote.DockerHost + "/"));

        // And the kill went through that engine's API, not this machine's kernel, as the timeline says
        var kill = record["timeline"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "kill")!;
        Assert.That(kill["detail"]!.GetValue<string>(), Does.StartWith("SIGKILL via engine API (the engine at tcp://").And.Contain("is not on this machine"));

        // And its objects were made in the second engine, not the main one, and are gone from it
        var runId = record["runId"]!.GetValue<string>();
        using var remote = _remote.Engine();
        var until = DateTimeOffset.UtcNow.AddSeconds(1);
        Assert.That(await CreatedAsync(remote, runId, since, until), Is.GreaterThanOrEqualTo(3), "the second engine created the members");
        Assert.That(await CreatedAsync(main, runId, since, until), Is.Zero, "the main engine created nothing of the run");
        await AssertNothingLeftAsync(remote, runId);
    }

    [Test]
    public async Task Run_PowerLossOnTcpEngine_ErroredBeforeCreatingAnythingNamingTheFix()
    {
        // Given a scenario whose etcd keeps its data on the power-loss layer
        // When it runs with DOCKER_HOST at the second engine
        var (exit, stdout, stderr) = await RunAsync("scenarios/etcd/power-loss-3.3.yaml");

        // Then the run errors in provisioning, saying why and what to do
        Assert.That(exit, Is.EqualTo(3), stderr + stdout);
        var record = Record();
        Assert.That(record["failedStep"]!.GetValue<string>(), Is.EqualTo("provision"));
        Assert.That(record["reason"]!.GetValue<string>(), Does.Contain("etcd's volume data is on the power-loss layer (for power-loss at 2s, 4s, 6s, 8s, 10s)")
            .And.Contain($"the engine at {_remote.DockerHost}/ is remote").And.Contain("fix:"));
        Assert.That(stderr + stdout, Does.Contain("is remote"));

        // And nothing was created for it
        using var remote = _remote.Engine();
        await AssertNothingLeftAsync(remote, record["runId"]!.GetValue<string>());
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string scenario) =>
        CliProcess.RunAsync(
            ["run", scenario, "--seed", "7", "--out", _out],
            new Dictionary<string, string> { ["DOCKER_HOST"] = _remote.DockerHost, ["CHAOSBENCH_ENGINE_LOCAL"] = string.Empty });

    private JsonNode Record() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Directory.GetDirectories(_out).Single(), "run.json")))!;

    private static async Task<int> CreatedAsync(IContainerEngine engine, string runId, DateTimeOffset since, DateTimeOffset until)
    {
        var created = 0;
        await foreach (var e in engine.EventsAsync(new EventFilter { Label = $"{RunLabels.Run}={runId}", Since = since, Until = until }))
        {
            created += e.Type == "container" && e.Action == "create" ? 1 : 0;
        }

        return created;
    }

    private static async Task AssertNothingLeftAsync(IContainerEngine engine, string runId)
    {
        var label = $"{RunLabels.Run}={runId}";
        Assert.That(await engine.Containers.ListAsync(label), Is.Empty);
        Assert.That(await engine.Networks.ListAsync(label), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync(label), Is.Empty);
    }

    private static string Tail(string log) => string.Join('\n', log.Split('\n').TakeLast(30));
}
