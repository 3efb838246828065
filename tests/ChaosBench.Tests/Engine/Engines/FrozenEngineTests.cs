using System.Diagnostics;
using System.Text;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Engine.Engines;

/// <summary>
/// An engine that hangs rather than dies: a second dockerd (never the main one) frozen with SIGSTOP in the middle of a
/// run. The run must end errored within two minutes naming the call, and once thawed the next start sweeps everything.
/// </summary>
[Category("Docker")]
[Category("DockerFrozen")]
[CancelAfter(300_000)]
public sealed class FrozenEngineTests
{
    [Test]
    public async Task Run_EngineFrozenMidRun_ErroredWithinTwoMinutesNamingTheCallAndSweptAfterThaw()
    {
        // Given a run of kill-member on a second engine
        await using var engine = await SecondDockerd.StartAsync(TimeSpan.FromSeconds(60), new DockerdOptions { Socket = true, AddressPool = "10.219.0.0/16", BridgeAddress = "10.220.0.1/24" });
        using (var main = TestEnvironment.Engine())
        {
            await engine.CopyImageAsync(main, (await TestEnvironment.ImageAsync("etcd-3.4")).Recipe.Tag);
        }

        var env = KillMemberRun.Clean();
        env["DOCKER_HOST"] = engine.SocketHost;
        var output = Directory.CreateTempSubdirectory("chaosbench-runs-").FullName;
        try
        {
            using var run = CliProcess.Start(["run", "scenarios/etcd/kill-member.yaml", "--seed", "7", "--out", output], env);
            var printed = new StringBuilder();
            var workload = new TaskCompletionSource();
            var stderr = Task.Run(async () =>
            {
                while (await run.StandardError.ReadLineAsync() is { } line)
                {
                    lock (printed)
                    {
                        printed.AppendLine(line);
                    }

                    if (line.Contains("phase workload", StringComparison.Ordinal))
                    {
                        workload.TrySetResult();
                    }
                }
            });
            var stdout = run.StandardOutput.ReadToEndAsync();

            // When the engine freezes while the workload runs
            await workload.Task.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.That(run.HasExited, Is.False, $"the run ended before the engine froze: {printed}");
            await engine.SignalAsync("STOP");
            var frozen = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(5));
            var state = engine.State;
            Assert.That(state, Does.Contain("stopped"), "the engine thawed by itself");
            using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
            {
                await run.WaitForExitAsync(limit.Token);
            }

            // Then the run ended errored within two minutes, naming the call that found the engine frozen
            await stderr;
            var said = $"{printed}\n{await stdout}\nfrozen engine: {state}";
            Assert.That(frozen.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), said);
            Assert.That(run.ExitCode, Is.EqualTo(3), said);
            Assert.That(said, Does.Match("the engine at unix://\\S+ (did not answer within|sent nothing for)"));

            // When the engine thaws and the next harness starts on it
            await engine.SignalAsync("CONT");
            var (exit, _, started) = await CliProcess.RunAsync(["images", "list"], env);

            // Then nothing of the frozen run is left
            Assert.That(exit, Is.Zero, started);
            using var client = engine.Engine();
            Assert.That(await client.Containers.ListAsync(RunLabels.Run), Is.Empty, started);
            Assert.That(await client.Networks.ListAsync(RunLabels.Run), Is.Empty, started);
            Assert.That(await client.Volumes.ListAsync(RunLabels.Run), Is.Empty, started);
        }
        finally
        {
            await engine.SignalAsync("CONT");
            Directory.Delete(output, recursive: true);
        }
    }
}
