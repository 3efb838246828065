using System.Diagnostics;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Tests.Engine;

/// <summary>
/// Two harnesses sharing one engine, simulated by sweeping as made-up hosts: the same short host name
/// (<c>ci-runner</c>) on two machines with different full names and boot ids. Every sweep here runs as one of those
/// hosts, so objects of the real host (other runs on this machine) are another host's to it and never touched.
/// </summary>
[Category("Docker")]
[CancelAfter(120_000)]
public sealed class SweeperOwnerTests
{
    private static readonly HostIdentity West = new("ci-runner.eu-west.example.com", "11111111-boot-west");
    private static readonly HostIdentity East = new("ci-runner.us-east.example.com", "22222222-boot-east");

    private string _state = null!;

    [SetUp]
    public void MakeState() => _state = Directory.CreateTempSubdirectory("chaosbench-sweeper-").FullName;

    [TearDown]
    public void RemoveState() => Directory.Delete(_state, recursive: true);

    [Test]
    public async Task RemoveOrphans_TwoHostsSameShortNameBothLive_NeitherRemovesTheOther()
    {
        // Given a live run of each host (the owner process runs: it is this one)
        using var engine = TestEnvironment.Engine();
        var west = await RunAsync(engine, Live(West));
        var east = await RunAsync(engine, Live(East));

        // When each host's harness starts and sweeps
        await Sweeper(engine, West).RemoveOrphansAsync();
        await Sweeper(engine, East).RemoveOrphansAsync();

        // Then both runs keep their objects
        Assert.That(await ObjectsAsync(engine, west), Is.EqualTo(2));
        Assert.That(await ObjectsAsync(engine, east), Is.EqualTo(2));
        await RemoveAsync(engine, west, east);
    }

    [Test]
    public async Task RemoveOrphans_KilledOwner_SweptByTheNextStartOnItsOwnHostOnly()
    {
        // Given a run of the west host whose harness was killed
        using var engine = TestEnvironment.Engine();
        var killed = await RunAsync(engine, await KilledAsync(West));

        // When the east host starts, Then the run is not its to judge
        await Sweeper(engine, East).RemoveOrphansAsync();
        Assert.That(await ObjectsAsync(engine, killed), Is.EqualTo(2));

        // When the west host starts again, Then its dead run is swept
        var swept = await Sweeper(engine, West).RemoveOrphansAsync();
        Assert.That(await ObjectsAsync(engine, killed), Is.Zero);
        Assert.That(swept.Total, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task RemoveOrphans_EarlierBootOfThisHost_Swept()
    {
        // Given a run whose owner ran in an earlier boot of this host, with a pid and start time that exist now
        using var engine = TestEnvironment.Engine();
        var earlier = await RunAsync(engine, Live(West) with { BootId = "00000000-earlier-boot" });

        // When the host starts the harness in this boot, Then every process of the earlier boot is dead, and so its run
        await Sweeper(engine, West).RemoveOrphansAsync();
        Assert.That(await ObjectsAsync(engine, earlier), Is.Zero);
    }

    [Test]
    public async Task RemoveDead_LiveAndKilledRuns_LeavesTheLiveOneAlone()
    {
        // Given a live run and a killed one on the same host
        using var engine = TestEnvironment.Engine();
        var live = await RunAsync(engine, Live(West));
        var killed = await RunAsync(engine, await KilledAsync(West));

        // When 'chaosbench clean' runs there
        await Sweeper(engine, West).RemoveDeadAsync();

        // Then only the killed run is gone
        Assert.That(await ObjectsAsync(engine, killed), Is.Zero);
        Assert.That(await ObjectsAsync(engine, live), Is.EqualTo(2));
        await RemoveAsync(engine, live);
    }

    [Test]
    public void StateFrom_OwnerLabelledWithTheShortNameBeforeBootIds_IsThisHost()
    {
        var legacy = new RunOwner(Environment.ProcessId, "ci-runner", RunOwner.Current.StartTicks);

        Assert.That(legacy.StateFrom(West), Is.EqualTo(OwnerState.Alive));
        Assert.That(legacy with { Host = "other-runner" }, Has.Property(nameof(RunOwner.Host)).EqualTo("other-runner"));
        Assert.That((legacy with { Host = "other-runner" }).StateFrom(West), Is.EqualTo(OwnerState.Elsewhere));
    }

    private Sweeper Sweeper(IContainerEngine engine, HostIdentity host) => new(engine, new KeptRuns(Path.Combine(_state, "kept-runs")), host);

    private static RunOwner Live(HostIdentity host) => new(Environment.ProcessId, host.Host, RunOwner.Current.StartTicks, host.BootId);

    private static async Task<RunOwner> KilledAsync(HostIdentity host)
    {
        using var process = Process.Start("sleep", "60");
        var owner = RunOwner.Of(process.Id)! with { Host = host.Host, BootId = host.BootId };
        process.Kill();
        await process.WaitForExitAsync();
        return owner;
    }

    /// <summary>A network and a volume of a new run owned by <paramref name="owner"/>; returns the run id.</summary>
    private static async Task<string> RunAsync(IContainerEngine engine, RunOwner owner)
    {
        var run = "test-owner-" + Guid.NewGuid().ToString("N")[..8];
        var labels = RunLabels.For(run, owner);
        await engine.Networks.CreateAsync(run, labels);
        await engine.Volumes.CreateAsync(run, labels);
        return run;
    }

    private static async Task<int> ObjectsAsync(IContainerEngine engine, string run) =>
        (await engine.Networks.ListAsync($"{RunLabels.Run}={run}")).Count + (await engine.Volumes.ListAsync($"{RunLabels.Run}={run}")).Count;

    private static async Task RemoveAsync(IContainerEngine engine, params string[] runs)
    {
        foreach (var run in runs)
        {
            await new Sweeper(engine).RemoveRunAsync(run);
        }
    }
}
