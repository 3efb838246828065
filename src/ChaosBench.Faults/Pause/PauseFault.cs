using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Pause;

/// <summary>Freezes every process of the member (cgroup freezer): alive, holding its connections, answering nothing.</summary>
public sealed class PauseFault : IFault
{
    public string Kind => FaultKinds.Pause;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.PauseAsync(member.ContainerId, ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, "paused", c => c.State.Paused, clock, ct);
        member.Faults |= MemberFaults.Paused;
        return new FaultEffect("paused", confirmed);
    }
}
