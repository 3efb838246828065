using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Stop;

/// <summary>A clean shutdown: the image's stop signal (SIGTERM unless it names another), then SIGKILL after 10 s, which the timeline then says.</summary>
public sealed class StopFault : MemberFault<StopOptions>
{
    public override string Name => "stop";

    public override string? RepairedBy => Start.StartFault.Named;

    protected override MemberState? Leaves(StopOptions options) => MemberState.Stopped;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, StopOptions options, CancellationToken ct)
    {
        // Stopped before the engine is asked, as a kill and a power cut are: a readiness watch that sees the exit
        // while the stop is confirmed (a disk fault's repair a moment earlier) reads it as the harness's doing.
        member.State |= MemberState.Stopped;
        var clock = Stopwatch.StartNew();
        var stop = await MemberRestart.StopAsync(context, member, ct);
        var confirmed = await Confirm.StateAsync(context, member, Name, "not running", c => !c.State.Running, clock, ct);
        return new FaultEffect($"stopped{stop}", confirmed);
    }
}
