using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Restart;

/// <summary>Stops (SIGTERM, SIGKILL after 10 s) and starts the member; confirmed by a new start time.</summary>
public sealed class RestartFault : MemberFault<RestartOptions>
{
    public override string Name => "restart";

    /// <summary>Not a repair of anything, but its members come back: their recovery is watched and measured.</summary>
    public override bool StartsRecovery => true;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, RestartOptions options, CancellationToken ct)
    {
        var before = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.StartedAt;
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.RestartAsync(member.ContainerId, TimeSpan.FromSeconds(10), ct);
        var confirmed = await Confirm.StateAsync(context, member, Name, "running with a new start time", c => c.State.Running && c.State.StartedAt != before, clock, ct);
        member.State &= ~MemberState.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect("restarted", confirmed);
    }
}
