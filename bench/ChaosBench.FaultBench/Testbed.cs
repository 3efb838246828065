using System.Diagnostics;
using System.Globalization;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Local;

namespace ChaosBench.FaultBench;

/// <summary>
/// Labelled multi-process containers, one per kill, and the two ways to kill them: the engine's API, and the
/// kernel (<see cref="LocalProcesses"/>) as the kill and power-loss faults do on a local engine.
/// </summary>
internal sealed class Testbed(RunResources run, int processes, OldClient old)
{
    public const string Image = "chaosbench/redis:7.0";
    public const string Engine = "engine API";
    public const string Direct = "direct";
    public const string Old = "engine API, old client";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);
    private readonly LocalProcesses _kernel = new();
    private int _count;

    public async Task CheckAsync(CancellationToken ct)
    {
        if (!run.Engine.IsLocal)
        {
            throw new BenchFailedException($"the engine at {run.Engine.Endpoint} is not on this machine, so there is no direct path to measure; fix: run it beside a local engine");
        }

        if (await run.Engine.Images.InspectAsync(Image, ct) is null)
        {
            throw new BenchFailedException($"the image {Image} is missing; fix: ./chaosbench images build redis-7.0 (bench/faults.sh does so)");
        }
    }

    /// <summary>A running container whose shell has started all its sleeps; returns its id.</summary>
    public async Task<string> StartAsync(CancellationToken ct)
    {
        var sleeps = string.Join(' ', Enumerable.Repeat("sleep 1000 &", processes - 1));
        var id = await run.CreateContainerAsync(new ContainerSpec
        {
            Image = Image,
            Name = $"{run.RunId}-{Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture)}",
            Entrypoint = ["sh", "-c", $"{sleeps} wait"],
        }, ct);
        await run.Engine.Containers.StartAsync(id, ct);
        var clock = Stopwatch.StartNew();
        while (await CountAsync(id, ct) < processes + 1)
        {
            if (clock.Elapsed > Limit)
            {
                throw new BenchFailedException($"container {id[..12]} did not run {processes} processes under its init within {Limit.TotalSeconds:0}s");
            }

            await Task.Delay(10, ct);
        }

        return id;
    }

    /// <summary>SIGKILL through the engine; dead when the engine reports it not running.</summary>
    public async Task<Trial> KillThroughEngineAsync(string id, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await run.Engine.Containers.KillAsync(id, "KILL", ct);
        var dead = await EngineDeadAsync(id, clock, ct);
        return new Trial(Engine, dead, dead, processes);
    }

    /// <summary>The same through the hand-written client the harness had before Docker.DotNet.</summary>
    public async Task<Trial> KillThroughOldClientAsync(string id, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await old.KillAsync(id, ct);
        while (await old.RunningAsync(id, ct))
        {
            if (clock.Elapsed > Limit)
            {
                throw new BenchFailedException($"the engine still reports container {id[..12]} running {Limit.TotalSeconds:0}s after SIGKILL (old client)");
            }

            await Task.Delay(1, ct);
        }

        var dead = clock.Elapsed;
        return new Trial(Old, dead, dead, processes);
    }

    /// <summary>As the faults do: the cgroup by the container's id (else by its main PID from inspect), freeze-signal-thaw, dead by the process table; then the engine's view.</summary>
    public async Task<Trial> KillDirectAsync(string id, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var kill = _kernel.KillAll(id, 0, out _)
            ?? _kernel.KillAll(id, (await run.Engine.Containers.InspectAsync(id, ct)).State.Pid, out var whyNot)
            ?? throw new BenchFailedException($"no direct path to container {id[..12]}: {whyNot}");
        if (!await kill.WaitDeadAsync(Limit, ct))
        {
            throw new BenchFailedException($"container {id[..12]}'s processes still live {Limit.TotalSeconds:0}s after SIGKILL through the {kill.Via}");
        }

        var dead = clock.Elapsed;
        return new Trial(Direct, dead, await EngineDeadAsync(id, clock, ct), kill.Pids.Count);
    }

    public Task RemoveAsync(string id, CancellationToken ct) => run.Engine.Containers.RemoveAsync(id, ct);

    /// <summary>As the faults confirm a kill through the engine: inspect until it says not running.</summary>
    private async Task<TimeSpan> EngineDeadAsync(string id, Stopwatch clock, CancellationToken ct)
    {
        while ((await run.Engine.Containers.InspectAsync(id, ct)).State.Running)
        {
            if (clock.Elapsed > Limit)
            {
                throw new BenchFailedException($"the engine still reports container {id[..12]} running {Limit.TotalSeconds:0}s after SIGKILL");
            }

            await Task.Delay(1, ct);
        }

        return clock.Elapsed;
    }

    /// <summary>How many of its processes run: the main process (the engine's init, as every harness container has) and its descendants.</summary>
    private async Task<int> CountAsync(string id, CancellationToken ct)
    {
        var state = (await run.Engine.Containers.InspectAsync(id, ct)).State;
        return state.Running && state.Pid > 0 ? Descendants(state.Pid) : 0;
    }

    private static int Descendants(int pid)
    {
        var children = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/task/{pid.ToString(CultureInfo.InvariantCulture)}/children";
        return 1 + (File.Exists(children) ? File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(c => Descendants(int.Parse(c, CultureInfo.InvariantCulture))) : 0);
    }
}
