using System.Text.Json.Nodes;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Tests.Engine;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The engine restarted under a running scenario: a second dockerd on this machine (the main one serves the other
/// tests), stopped and started again at the same address while the workload runs.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class EngineRestartTests
{
    private const string Scenario = "tests/ChaosBench.Tests/Scenarios/Robustness/engine-restart.yaml";

    [Test]
    public async Task Run_EngineRestartedMidRun_ErroredNamingTheEngineAndNothingLeftOnceBack()
    {
        // Given a second engine holding the etcd image, and a harness running a scenario on it
        await using var remote = await SecondDockerd.StartAsync(TimeSpan.FromSeconds(60));
        using var main = TestEnvironment.Engine();
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        await remote.CopyImageAsync(main, image.Recipe.Tag);
        var output = Directory.CreateTempSubdirectory("chaosbench-engine-restart-").FullName;
        var env = new Dictionary<string, string> { ["DOCKER_HOST"] = remote.DockerHost, ["CHAOSBENCH_ENGINE_LOCAL"] = string.Empty };
        using var harness = CliProcess.Start(["run", Scenario, "--seed", "7", "--out", output], env);
        var stdout = harness.StandardOutput.ReadToEndAsync();
        var stderr = harness.StandardError.ReadToEndAsync();
        using (var engine = remote.Engine())
        {
            var owner = $"{RunLabels.Owner}={harness.Id}@{Environment.MachineName}";
            while (!(await engine.Containers.ListAsync(owner)).Any(c => c.State.Running && c.Labels.ContainsKey("chaosbench.member")))
            {
                if (harness.HasExited)
                {
                    Assert.Fail("the run ended before its member ran: " + await stderr);
                }

                await Task.Delay(100);
            }
        }

        // When the engine restarts while the workload runs
        await Task.Delay(TimeSpan.FromSeconds(3));
        await remote.RestartAsync(TimeSpan.FromSeconds(60));
        await harness.WaitForExitAsync();

        // Then the run is errored, for a reason that names the engine, not a stack trace
        var said = $"{await stderr}\n{await stdout}";
        Assert.That(harness.ExitCode, Is.EqualTo(3), said);
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(Directory.GetDirectories(output).Single(), "run.json")))!;
        var reason = record["reason"]!.GetValue<string>();
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("errored"), said);
        Assert.That(reason, Does.Contain($"the engine at {remote.DockerHost}/ went away mid-run"));
        Assert.That(reason, Does.Not.Contain("   at "), "a stack trace");
        Assert.That(said, Does.Contain("went away mid-run").And.Not.Contain("Unhandled exception"));

        // And once the engine is back, the next start leaves nothing of the run on it
        var (exit, _, sweep) = await CliProcess.RunAsync(["images", "list"], env);
        Assert.That(exit, Is.Zero, sweep);
        var label = $"{RunLabels.Run}={record["runId"]!.GetValue<string>()}";
        using var back = remote.Engine();
        Assert.That(await back.Containers.ListAsync(label), Is.Empty);
        Assert.That(await back.Networks.ListAsync(label), Is.Empty);
        Assert.That(await back.Volumes.ListAsync(label), Is.Empty);

        // Restarted without --live-restore, dockerd 20.10 deletes the host's docker0, breaking the main engine
        Assert.That(Directory.Exists("/sys/class/net/docker0"), Is.True, "docker0 is gone");
        Directory.Delete(output, recursive: true);
    }
}
