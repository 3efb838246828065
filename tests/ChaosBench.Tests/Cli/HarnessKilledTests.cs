using ChaosBench.Engine.Cleanup;
using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.Cli;

[Category("Docker")]
[CancelAfter(300_000)]
public sealed partial class HarnessKilledTests
{
    [Test]
    public async Task Run_HarnessSigkilledMidRun_NextStartSweepsEverythingItCreated()
    {
        // Given a harness running a real scenario, killed with SIGKILL once its containers are up
        using var engine = TestEnvironment.Engine();
        await TestEnvironment.ImageAsync("etcd-3.4");
        var output = Directory.CreateTempSubdirectory("chaosbench-killed-").FullName;
        using var harness = CliProcess.Start(["run", "scenarios/etcd/kill-member.yaml", "--seed", "7", "--out", output]);
        var owner = await WaitForContainersAsync(engine, harness);

        harness.Kill();
        await harness.WaitForExitAsync();
        Assert.That(await engine.Containers.ListAsync(owner), Is.Not.Empty, "killing the harness should leave its objects until the next start");

        // When the next harness starts
        var (exit, _, stderr) = await CliProcess.RunAsync(["images", "list"]);

        // Then it has swept every container, network and volume the killed one created
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stderr, Does.Contain("swept what an earlier, killed run left behind"));
        Assert.That(await engine.Containers.ListAsync(owner), Is.Empty);
        Assert.That(await engine.Networks.ListAsync(owner), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync(owner), Is.Empty);
        Directory.Delete(output, recursive: true);
    }

    [Test]
    public async Task Run_CtrlCMidRun_Exits130AbortedAndRemovesEverything()
    {
        // Given a harness in the middle of a run
        using var engine = TestEnvironment.Engine();
        await TestEnvironment.ImageAsync("etcd-3.4");
        var output = Directory.CreateTempSubdirectory("chaosbench-interrupted-").FullName;
        using var harness = CliProcess.Start(["run", "scenarios/etcd/kill-member.yaml", "--out", output], interruptible: true);
        var owner = await WaitForContainersAsync(engine, harness);
        var stderr = harness.StandardError.ReadToEndAsync();

        // When it gets SIGINT, as from Ctrl-C
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", harness.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await harness.WaitForExitAsync();

        // Then it tears down, records the abort, and exits 130
        Assert.That(harness.ExitCode, Is.EqualTo(130), await stderr);
        Assert.That(await stderr, Does.Contain("aborted"));
        Assert.That(await engine.Containers.ListAsync(owner), Is.Empty);
        Assert.That(await engine.Networks.ListAsync(owner), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync(owner), Is.Empty);
        Directory.Delete(output, recursive: true);
    }

    [Test]
    public async Task Run_ImageMissing_ErroredExit3NamingTheFixAndNothingLeft()
    {
        var dir = Directory.CreateTempSubdirectory("chaosbench-missing-").FullName;
        var file = Path.Combine(dir, "missing-image.yaml");
        await File.WriteAllTextAsync(file, "name: missing-image\nduration: 5s\nservices:\n  app: { image: \"chaosbench/no-such-image:0\" }\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(["run", file, "--out", dir]);

        Assert.That(exit, Is.EqualTo(3), stderr);
        Assert.That(stderr, Does.Contain("image 'chaosbench/no-such-image:0' is not on the engine").And.Contain("fix:"));
        using var engine = TestEnvironment.Engine();
        Assert.That(await engine.Containers.ListAsync($"{RunLabels.Owner}"), Has.None.Matches<ChaosBench.Engine.ContainerInfo>(c => c.Name.Contains("missing-image", StringComparison.Ordinal)));
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    public async Task Run_HarnessSigkilledWithPowerLossVolume_LeavesNoFuseMount()
    {
        // Given a harness running etcd on a power-loss volume, killed with SIGKILL once its layer is mounted
        using var engine = TestEnvironment.Engine();
        await TestEnvironment.ImageAsync("etcd-3.4");
        var output = Directory.CreateTempSubdirectory("chaosbench-killed-").FullName;
        var others = LayerMounts().Concat(RunDirectories()).ToList();
        using var harness = CliProcess.Start(["run", "scenarios/counterparts/power-loss-etcd-unflushed.yaml", "--out", output]);
        var owner = await WaitForContainersAsync(engine, harness, count: 1);
        Assert.That(LayerMounts().Except(others), Is.Not.Empty, "the layer is mounted while the harness runs");

        harness.Kill();
        await harness.WaitForExitAsync();

        // Then its watchdog unmounts the layer at once, without waiting for the next start
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (LayerMounts().Except(others).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.That(LayerMounts().Except(others), Is.Empty);

        // And the next start sweeps its containers and what is left of its mount directory
        var (exit, _, stderr) = await CliProcess.RunAsync(["images", "list"]);
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(await engine.Containers.ListAsync(owner), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync(owner), Is.Empty);
        Assert.That(RunDirectories().Except(others), Is.Empty);
        Directory.Delete(output, recursive: true);
    }

    /// <summary>Layers mounted now, by mount point (others, e.g. a benchmark's, may be running too).</summary>
    private static List<string> LayerMounts() =>
        File.ReadLines("/proc/self/mountinfo").Where(l => l.Contains(" - " + PowerLossMount.FileSystemType + " ", StringComparison.Ordinal)).Select(l => l.Split(' ')[4]).ToList();

    private static string[] RunDirectories() => Directory.Exists(RunMounts.Root) ? Directory.GetDirectories(RunMounts.Root) : [];

    /// <summary>
    /// Waits until the harness process has created its members' containers (not the short-lived ones it seeds
    /// power-loss volumes with); returns its owner label filter.
    /// </summary>
    private static async Task<string> WaitForContainersAsync(ChaosBench.Engine.IContainerEngine engine, System.Diagnostics.Process harness, int count = 3)
    {
        var owner = $"{RunLabels.Owner}={harness.Id}@{Environment.MachineName}";
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while ((await engine.Containers.ListAsync(owner)).Count(c => c.Labels.ContainsKey("chaosbench.member")) < count)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the harness never started its containers");
            if (harness.HasExited)
            {
                Assert.Fail("the harness ended before its containers were up: " + await harness.StandardError.ReadToEndAsync());
            }

            await Task.Delay(100);
        }

        return owner;
    }
}
