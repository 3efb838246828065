using System.Globalization;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.Faults;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.Start;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Faults;

/// <summary>kill KILL on a real multi-process container: straight through the kernel on this engine, through the API when it is declared remote.</summary>
[Category("Docker")]
[CancelAfter(120_000)]
public sealed class KillFaultTests
{
    [Test]
    public async Task Apply_LocalEngine_KillsEveryProcessDirectlyAndTheEngineSeesItExited()
    {
        // Given a member running a shell with two background sleeps under the engine's init
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (context, member) = await ShellMemberAsync(run);
        var pids = Tree((await engine.Containers.InspectAsync(member.ContainerId)).State.Pid);
        Assert.That(pids, Has.Count.EqualTo(4), "init, sh and two sleeps");

        // When kill KILL hits it
        var effect = await new KillFault().ApplyAsync(context, member, Kill(), CancellationToken.None);

        // Then all four went at once with the init of its PID namespace, each is gone from the process table, and the record says so
        Assert.That(effect.Detail, Does.Match(@"^SIGKILL to 4 processes at once via its PID namespace's init \(direct\): exited 137; the engine reported it dead after \d+\.\dms$"));
        Assert.That(pids.Where(Alive), Is.Empty);
        var state = (await engine.Containers.InspectAsync(member.ContainerId)).State;
        Assert.That((state.Running, state.ExitCode), Is.EqualTo((false, 137L)));
        Assert.That(member.State, Is.EqualTo(MemberState.Stopped));

        // And a start right after it does not race the engine's bookkeeping
        await new StartFault().ApplyAsync(context, member, new Fault(0, TimeSpan.Zero, new StartFault(), new StartOptions { Target = "app", Pick = "all" }), CancellationToken.None);
        Assert.That((await engine.Containers.InspectAsync(member.ContainerId)).State.Running, Is.True);
    }

    [Test]
    public async Task Apply_MemberInTheHostsPidNamespace_FreezesItsCgroupAndKillsEveryProcess()
    {
        // Given a member with no PID namespace of its own (pid: host), whose processes no init of theirs takes along
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (context, member) = await ShellMemberAsync(run, pidMode: "host");
        var pids = Tree((await engine.Containers.InspectAsync(member.ContainerId)).State.Pid);

        // When kill KILL hits it
        var effect = await new KillFault().ApplyAsync(context, member, Kill(), CancellationToken.None);

        // Then every process got the signal at once through the frozen cgroup instead, and is gone
        Assert.That(effect.Detail, Does.Match(@"^SIGKILL to 3 processes at once via cgroup v[12]( freezer)? \(direct\): exited 137"));
        Assert.That(pids.Where(Alive), Is.Empty);
    }

    [Test]
    public async Task Apply_EngineDeclaredRemote_GoesThroughTheEngineApiAndSaysSo()
    {
        // Given the same engine, declared not on this machine (as CHAOSBENCH_ENGINE_LOCAL=0 does)
        using var engine = new DockerEngine(isLocal: false);
        await using var run = TestEnvironment.NewRun(engine);
        var (context, member) = await ShellMemberAsync(run);

        var effect = await new KillFault().ApplyAsync(context, member, Kill(), CancellationToken.None);

        Assert.That(effect.Detail, Does.StartWith($"SIGKILL via engine API (the engine at {engine.Endpoint} is not on this machine): exited 137"));
        Assert.That((await engine.Containers.InspectAsync(member.ContainerId)).State.Running, Is.False);
    }

    private static Fault Kill() => new(0, TimeSpan.Zero, new KillFault(), new KillOptions { Target = "app", Pick = "all" });

    private static async Task<(FaultContext Context, Member Member)> ShellMemberAsync(RunResources run, string? pidMode = null)
    {
        var engine = run.Engine;
        var spec = new ContainerSpec
        {
            Image = (await TestEnvironment.ImageAsync("redis-7.0")).Id,
            Entrypoint = ["sh", "-c", "sleep 1000 & sleep 1000 & wait"],
            PidMode = pidMode,
        };
        var member = new Member("app-1", "app", spec) { ContainerId = await run.CreateContainerAsync(spec) };
        await engine.Containers.StartAsync(member.ContainerId);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // init, sh and two sleeps; in the host's PID namespace the engine's init is not there
        while (Tree((await engine.Containers.InspectAsync(member.ContainerId)).State.Pid).Count < (pidMode is null ? 4 : 3))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the shell did not start its sleeps within 30 s");
            await Task.Delay(20);
        }

        return (new FaultContext(run, new Deployment("none", [member]), reference => reference), member);
    }

    /// <summary>A process and its descendants, from the process table.</summary>
    private static List<int> Tree(int pid)
    {
        var children = $"/proc/{pid}/task/{pid}/children";
        return pid <= 0 || !File.Exists(children)
            ? []
            : [pid, .. File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(c => Tree(int.Parse(c, CultureInfo.InvariantCulture)))];
    }

    /// <summary>In the process table and not a zombie.</summary>
    private static bool Alive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
