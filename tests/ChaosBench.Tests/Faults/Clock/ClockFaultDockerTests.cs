using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Faults.Clock;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Faults.Clock;

/// <summary>
/// The clock fault's checks before it touches a real member: it reads the product's binary out of the container,
/// finds it dynamically linked, and refuses an image without libfaketime with one line, leaving the member as it was.
/// The skew itself through PostgreSQL is <see cref="Cli.ClockScenarioTests"/>.
/// </summary>
[Category("Docker")]
[CancelAfter(120_000)]
public sealed class ClockFaultDockerTests
{
    [Test]
    public async Task Apply_ImageWithoutLibfaketime_RefusedWithOneLineAndMemberUntouched()
    {
        // Given a Redis member from the built-in image, which links redis-server dynamically but has no libfaketime
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var spec = new ContainerSpec { Image = (await TestEnvironment.ImageAsync("redis-7.0")).Id, Command = ["redis-server", "--protected-mode", "no"] };
        var member = new Member("redis-1", "redis", spec) { ContainerId = await run.CreateContainerAsync(spec) };
        await engine.Containers.StartAsync(member.ContainerId);
        var context = new FaultContext(run, new Deployment("none", [member]), reference => reference);
        var started = (await engine.Containers.InspectAsync(member.ContainerId)).State.StartedAt;
        var fault = new Fault(0, TimeSpan.Zero, new ClockFault(), new ClockOptions { Target = "redis", Offset = TimeSpan.FromHours(2) });

        // When the clock fault is applied
        var error = Assert.ThrowsAsync<FaultException>(() => new ClockFault().ApplyAsync(context, member, fault, CancellationToken.None))!;

        // Then it says what is missing and where to get it, and neither restarted nor marked the member
        Assert.That(error.Message, Does.StartWith("clock redis-1: libfaketime is not installed in its image"));
        Assert.That((await engine.Containers.InspectAsync(member.ContainerId)).State.StartedAt, Is.EqualTo(started));
        Assert.That(member.State, Is.EqualTo(MemberState.Running));

        // And the binary it checked first, read out of the container, is dynamically linked (a static one is refused before)
        var (_, binary) = await MemberClock.ProbeAsync(context, member, "clock", CancellationToken.None);
        Assert.That(binary, Is.EqualTo("/usr/bin/redis-check-rdb"), "Debian's redis-server is a link to redis-check-rdb");
        Assert.That(await MemberClock.IsDynamicAsync(context, member, binary, CancellationToken.None), Is.True);
    }
}
