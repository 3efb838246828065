using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Stop;

/// <summary>A clean shutdown: SIGTERM, then SIGKILL after 10 s.</summary>
public sealed class StopFault : IFault
{
    public string Kind => FaultKinds.Stop;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.StopAsync(member.ContainerId, TimeSpan.FromSeconds(10), ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, "not running", c => !c.State.Running, clock, ct);
        member.Faults |= MemberFaults.Stopped;
        return new FaultEffect("stopped", confirmed);
    }
}
