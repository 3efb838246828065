using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Faults.Clock;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Faults.Clock;

/// <summary>
/// The clock fault's checks on real members before it touches them: the product's binary read out of the container,
/// its memory map, the library in the image; each refusal is one line and leaves the member as it was. The skew
/// itself through PostgreSQL is <see cref="Cli.ClockScenarioTests"/>.
/// </summary>
[Category("Docker")]
[CancelAfter(120_000)]
public sealed class ClockFaultDockerTests
{
    [Test]
    public async Task Apply_JemallocProduct_RefusedWithOneLineAndMemberUntouched()
    {
        // Given a member running Debian's Redis, dynamically linked against jemalloc
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (context, member) = await MemberAsync(run, "redis-7.0", ["redis-server", "--protected-mode", "no"]);
        var started = (await engine.Containers.InspectAsync(member.ContainerId)).State.StartedAt;

        // When the clock fault is applied
        var error = Assert.ThrowsAsync<FaultException>(() => new ClockFault().ApplyAsync(context, member, Skew(), CancellationToken.None))!;

        // Then it says why jemalloc cannot be skewed, and neither restarted nor marked the member
        Assert.That(error.Message, Does.StartWith("clock app-1: its product (/usr/bin/redis-check-rdb) runs on jemalloc, whose start deadlocks under libfaketime"));
        Assert.That((await engine.Containers.InspectAsync(member.ContainerId)).State.StartedAt, Is.EqualTo(started));
        Assert.That(member.State, Is.EqualTo(MemberState.Running));

        // And the binary it read out of the container parses as dynamically linked (a static one is refused before)
        Assert.That(await MemberClock.IsDynamicAsync(context, member, "/usr/bin/redis-check-rdb", CancellationToken.None), Is.True);
    }

    [Test]
    public async Task Apply_ImageWithoutLibfaketime_RefusedWithOneLine()
    {
        // Given a member running Debian's etcd (dynamically linked, no jemalloc) from an image without libfaketime
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (context, member) = await MemberAsync(run, "etcd-3.4", ["etcd"]);

        // When the clock fault is applied
        var error = Assert.ThrowsAsync<FaultException>(() => new ClockFault().ApplyAsync(context, member, Skew(), CancellationToken.None))!;

        // Then it says what is missing and where a recipe adds it
        Assert.That(error.Message, Does.StartWith("clock app-1: libfaketime is not installed in its image; build the image from a recipe that installs the 'libfaketime' package"));
        Assert.That(member.State, Is.EqualTo(MemberState.Running));
    }

    private static Fault Skew() => new(0, TimeSpan.Zero, new ClockFault(), new ClockOptions { Target = "app", Offset = TimeSpan.FromHours(2) });

    private static async Task<(FaultContext Context, Member Member)> MemberAsync(RunResources run, string recipe, IReadOnlyList<string> command)
    {
        var spec = new ContainerSpec { Image = (await TestEnvironment.ImageAsync(recipe)).Id, Command = command };
        var member = new Member("app-1", "app", spec) { ContainerId = await run.CreateContainerAsync(spec) };
        await run.Engine.Containers.StartAsync(member.ContainerId);
        return (new FaultContext(run, new Deployment("none", [member]), reference => reference), member);
    }
}
