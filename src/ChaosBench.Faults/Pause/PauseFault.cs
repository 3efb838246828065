using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Pause;

/// <summary>Freezes every process of the member (cgroup freezer): alive, holding its connections, answering nothing.</summary>
public sealed class PauseFault : MemberFault<PauseOptions>
{
    public override string Name => "pause";

    public override string? RepairedBy => Resume.ResumeFault.Named;

    protected override MemberState? Leaves(PauseOptions options) => MemberState.Paused;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, PauseOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.PauseAsync(member.ContainerId, ct);
        var confirmed = await Confirm.StateAsync(context, member, Name, "paused", c => c.State.Paused, clock, ct);
        member.State |= MemberState.Paused;
        return new FaultEffect("paused", confirmed);
    }
}
