using System.Diagnostics;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Tests.Engine;

[Category("Docker")]
[CancelAfter(120_000)]
public sealed class SweeperTests
{
    [Test]
    public async Task RemoveOrphans_OwnerKilled_RemovesItsObjectsAndKeepsLiveOnes()
    {
        // Given objects of a run whose owner process was SIGKILLed, and objects of a live run
        using var engine = TestEnvironment.Engine();
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        using var owner = Process.Start("sleep", "60");
        var deadOwner = RunOwner.Of(owner.Id)!;
        var orphanRun = "test-orphan-" + Guid.NewGuid().ToString("N")[..8];
        var labels = RunLabels.For(orphanRun, deadOwner);
        await engine.Networks.CreateAsync(orphanRun, labels);
        await engine.Volumes.CreateAsync(orphanRun, labels);
        var orphan = await engine.Containers.CreateAsync(new ContainerSpec { Image = image.Id, Labels = labels, Volumes = [new Mount(orphanRun, "/var/lib/etcd")] });
        await engine.Containers.StartAsync(orphan);
        owner.Kill();
        await owner.WaitForExitAsync();
        await using var live = TestEnvironment.NewRun(engine);
        var kept = await live.CreateContainerAsync(new ContainerSpec { Image = image.Id });

        // When the next harness starts and sweeps
        var swept = await new Sweeper(engine).RemoveOrphansAsync();

        // Then the orphan's container, network and volume are gone, the live run's container is not
        Assert.That(deadOwner.IsGone(), Is.True);
        Assert.That(swept.Containers, Is.GreaterThanOrEqualTo(1));
        Assert.That(await engine.Containers.ListAsync($"{RunLabels.Run}={orphanRun}"), Is.Empty);
        Assert.That(await engine.Networks.ListAsync($"{RunLabels.Run}={orphanRun}"), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync($"{RunLabels.Run}={orphanRun}"), Is.Empty);
        Assert.That((await engine.Containers.InspectAsync(kept)).Id, Is.EqualTo(kept));
    }

    [Test]
    public async Task Teardown_RemovesEveryObjectOfTheRun_EvenPausedContainers()
    {
        using var engine = TestEnvironment.Engine();
        var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run, await NetworkAsync(run));
        await run.CreateVolumeAsync(run.RunId + "-data");
        await engine.Containers.PauseAsync(id);

        var removed = await run.TeardownAsync();

        Assert.That(removed, Is.EqualTo(new SweepResult(1, 1, 1)));
        Assert.That(await engine.Containers.ListAsync($"{RunLabels.Run}={run.RunId}"), Is.Empty);
    }

    [Test]
    public async Task CreatedObjects_CarryRunAndOwnerLabels()
    {
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);

        var labels = (await engine.Containers.InspectAsync(id)).Labels;

        Assert.That(labels[RunLabels.Run], Is.EqualTo(run.RunId));
        Assert.That(labels[RunLabels.Owner], Is.EqualTo($"{Environment.ProcessId}@{HostIdentity.Local.Host}"));
        Assert.That(labels[RunLabels.OwnerBoot], Is.EqualTo(HostIdentity.Local.BootId).And.Not.Empty);
    }

    private static async Task<string> NetworkAsync(RunResources run)
    {
        await run.CreateNetworkAsync(run.RunId + "-net");
        return run.RunId + "-net";
    }
}
