using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Resume;

/// <summary>Thaws a paused member: the repair of pause.</summary>
public sealed class ResumeFault : MemberFault<ResumeOptions>
{
    /// <summary>The kind's name, which the faults it repairs name as their repair.</summary>
    internal const string Named = "resume";

    public override string Name => Named;

    public override MemberState? Needs => MemberState.Paused;

    public override bool Repairs => true;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, ResumeOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.UnpauseAsync(member.ContainerId, ct);
        var confirmed = await Confirm.StateAsync(context, member, Name, "running, not paused", c => !c.State.Paused, clock, ct);
        member.State &= ~MemberState.Paused;
        return new FaultEffect("resumed", confirmed);
    }
}
