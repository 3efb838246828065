using System.Diagnostics;
using DotNet.Testcontainers.Containers;

namespace ChaosBench.Testcontainers;

/// <summary>Faults on a Testcontainers container, each recorded on the timeline as the harness's own are.</summary>
public sealed partial class ChaosSession
{
    // The timeline names each act after the scenario kind doing the same, so checkers read both alike.
    private static readonly string KillKind = new Faults.Kill.KillFault().Name;
    private static readonly string PauseKind = new Faults.Pause.PauseFault().Name;
    private static readonly string ResumeKind = new Faults.Resume.ResumeFault().Name;
    private static readonly string StopKind = new Faults.Stop.StopFault().Name;
    private static readonly string StartKind = new Faults.Start.StartFault().Name;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>
    /// SIGKILL to every process of <paramref name="container"/> at one instant: through this machine's kernel when
    /// the engine is local and the test runs as root (freeze its cgroup, signal, thaw), through the engine's API
    /// otherwise. Returns once the engine, too, reports it not running; the path taken is the timeline entry's detail.
    /// </summary>
    public async Task KillAsync(IContainer container, CancellationToken ct = default)
    {
        var at = Recorder.Now;
        var clock = Stopwatch.StartNew();
        var whyNot = Processes.Unreachable;
        using var direct = whyNot is null ? Processes.KillAll(container.Id, 0, out whyNot) : null;
        string how;
        if (direct is not null)
        {
            if (!await direct.WaitDeadAsync(Limit, ct))
            {
                throw new InvalidOperationException($"kill {container.Name}: SIGKILL went to its {direct.Pids.Count} processes through the {direct.Via}, but some still live after {Limit.TotalSeconds:0}s");
            }

            how = $"SIGKILL to {direct.Pids.Count} processes via {direct.Via} (direct)";
        }
        else
        {
            await Engine.Containers.KillAsync(container.Id, "KILL", ct);
            how = $"SIGKILL via engine API ({whyNot})";
        }

        await WaitAsync(container, running: false, ct);
        Record(at, KillKind, container.Name, how, clock.Elapsed);
    }

    /// <summary>Freezes every process of <paramref name="container"/> (the engine's pause); <see cref="ResumeAsync"/> repairs it.</summary>
    public async Task PauseAsync(IContainer container, CancellationToken ct = default)
    {
        var at = Recorder.Now;
        await Engine.Containers.PauseAsync(container.Id, ct);
        Record(at, PauseKind, container.Name, "paused via engine API", Recorder.Now - at);
    }

    /// <summary>Thaws a paused container: a repair, so <c>recovers-within</c> measures from it.</summary>
    public async Task ResumeAsync(IContainer container, CancellationToken ct = default)
    {
        var at = Recorder.Now;
        await Engine.Containers.UnpauseAsync(container.Id, ct);
        Record(at, ResumeKind, container.Name, "resumed via engine API", Recorder.Now - at);
    }

    /// <summary>Stops <paramref name="container"/> gracefully (SIGTERM, then SIGKILL after <paramref name="grace"/>; default 10 s).</summary>
    public async Task StopAsync(IContainer container, TimeSpan? grace = null, CancellationToken ct = default)
    {
        var at = Recorder.Now;
        await Engine.Containers.StopAsync(container.Id, grace ?? TimeSpan.FromSeconds(10), ct);
        Record(at, StopKind, container.Name, "stopped via engine API", Recorder.Now - at);
    }

    /// <summary>Starts a killed or stopped container again on the same volumes: a repair.</summary>
    public async Task StartAsync(IContainer container, CancellationToken ct = default)
    {
        var at = Recorder.Now;
        await Engine.Containers.StartAsync(container.Id, ct);
        await WaitAsync(container, running: true, ct);
        Record(at, StartKind, container.Name, "started via engine API", Recorder.Now - at);
    }

    /// <summary>
    /// Runs the test's own readiness <paramref name="probe"/> (each try given a second) until it succeeds, then records
    /// <paramref name="container"/> ready: <c>recovers-within</c> measures from a repair to it and to the first ok.
    /// </summary>
    public async Task WaitReadyAsync(IContainer container, Func<CancellationToken, Task> probe, TimeSpan within, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(probe);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
            attempt.CancelAfter(TimeSpan.FromSeconds(1));
            try
            {
                await probe(attempt.Token);
                Record(Recorder.Now, Model.Records.TimelineKinds.Ready, container.Name, "the test's probe answered");
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested && clock.Elapsed < within && e is not ArgumentException)
            {
                await Task.Delay(50, ct);
            }
        }
    }

    private async Task WaitAsync(IContainer container, bool running, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while ((await Engine.Containers.InspectAsync(container.Id, ct)).State.Running != running)
        {
            if (clock.Elapsed > Limit)
            {
                throw new InvalidOperationException($"the engine does not report {container.Name} {(running ? "running" : "stopped")} {Limit.TotalSeconds:0}s later");
            }

            await Task.Delay(5, ct);
        }
    }
}
