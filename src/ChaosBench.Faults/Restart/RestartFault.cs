using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Restart;

/// <summary>Stops (SIGTERM, SIGKILL after 10 s) and starts the member; confirmed by a new start time.</summary>
public sealed class RestartFault : IFault
{
    public string Kind => FaultKinds.Restart;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var before = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State.StartedAt;
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.RestartAsync(member.ContainerId, TimeSpan.FromSeconds(10), ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, "running with a new start time", c => c.State.Running && c.State.StartedAt != before, clock, ct);
        member.Faults &= ~MemberFaults.Stopped;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect("restarted", confirmed);
    }
}
