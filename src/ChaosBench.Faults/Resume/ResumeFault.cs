using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Resume;

/// <summary>Thaws a paused member: the repair of pause.</summary>
public sealed class ResumeFault : IFault
{
    public string Kind => FaultKinds.Resume;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.UnpauseAsync(member.ContainerId, ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, "running, not paused", c => !c.State.Paused, clock, ct);
        member.Faults &= ~MemberFaults.Paused;
        return new FaultEffect("resumed", confirmed);
    }
}
