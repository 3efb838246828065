using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// Stops a member (its stop signal, SIGKILL after 10 s), as <c>stop</c> and <c>version-hop</c> do, or restarts it in
/// place, as <c>restart</c> and the clock kinds do: stopped and started by the engine, confirmed by a new start time,
/// its address looked up again. Each says when the engine had to kill it.
/// </summary>
internal static class MemberRestart
{
    /// <summary>How long the engine waits for the member to exit on its stop signal before it kills it.</summary>
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Said of a stop the member did not obey in time (PostgreSQL's SIGTERM waits for every client to leave): the
    /// engine killed it, so what followed a crash, not a clean shutdown. The engine answers a stop once the member
    /// exited, so one that took the whole wait ended in the kill.
    /// </summary>
    private static string KilledAfter(TimeSpan stopping) =>
        stopping >= StopWait ? $"; still running {Durations.Format(StopWait)} after its stop signal, so the engine killed it (SIGKILL)" : string.Empty;

    /// <summary>Asks the engine to stop the member.</summary>
    /// <returns>What it said of the stop (<see cref="KilledAfter"/>): empty when the member exited on its signal.</returns>
    public static async Task<string> StopAsync(FaultContext context, Member member, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.StopAsync(member.ContainerId, StopWait, ct);
        return KilledAfter(clock.Elapsed);
    }

    /// <returns>How long the engine took to confirm the new start, and what it said of the stop (<see cref="KilledAfter"/>).</returns>
    public static async Task<(TimeSpan Confirmed, string Stop)> RestartAsync(FaultContext context, Member member, string kind, CancellationToken ct)
    {
        var before = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.StartedAt;
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.RestartAsync(member.ContainerId, StopWait, ct);
        var stop = KilledAfter(clock.Elapsed);
        var confirmed = await Confirm.StateAsync(context, member, kind, "running with a new start time", c => c.State.Running && c.State.StartedAt != before, clock, ct);
        member.State &= ~MemberState.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return (confirmed, stop);
    }
}
