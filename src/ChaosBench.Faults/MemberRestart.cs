using System.Diagnostics;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// Restarts a member in place, as <c>restart</c> and the clock kinds do: stopped (SIGTERM, SIGKILL after 10 s) and
/// started by the engine, confirmed by a new start time, its address looked up again.
/// </summary>
internal static class MemberRestart
{
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);

    /// <returns>How long the engine took to confirm the new start.</returns>
    public static async Task<TimeSpan> RestartAsync(FaultContext context, Member member, string kind, CancellationToken ct)
    {
        var before = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.StartedAt;
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.RestartAsync(member.ContainerId, StopWait, ct);
        var confirmed = await Confirm.StateAsync(context, member, kind, "running with a new start time", c => c.State.Running && c.State.StartedAt != before, clock, ct);
        member.State &= ~MemberState.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return confirmed;
    }
}
