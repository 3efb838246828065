using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Tests.Cli;

[Category("Docker")]
[CancelAfter(300_000)]
public sealed class HarnessKilledTests
{
    [Test]
    public async Task Run_HarnessSigkilledMidRun_NextStartSweepsEverythingItCreated()
    {
        // Given a harness running a real scenario, killed with SIGKILL once its containers are up
        using var engine = TestEnvironment.Engine();
        await TestEnvironment.ImageAsync("etcd-3.4");
        var output = Directory.CreateTempSubdirectory("chaosbench-killed-").FullName;
        using var harness = CliProcess.Start(["run", "scenarios/etcd/kill-member.yaml", "--seed", "7", "--out", output]);
        var owner = $"{RunLabels.Owner}={harness.Id}@{Environment.MachineName}";
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while ((await engine.Containers.ListAsync(owner)).Count < 3)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the harness never started its containers");
            if (harness.HasExited)
            {
                Assert.Fail("the harness ended before it could be killed: " + await harness.StandardError.ReadToEndAsync());
            }

            await Task.Delay(100);
        }

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
}
