using ChaosBench.Faults.Clock;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.ResetClock;

/// <summary>
/// The repair of a clock skew: removes libfaketime's settings, restarts the member, waits until its product runs
/// without the library, and reads the member's clock back, so the timeline shows the skew ended.
/// </summary>
public sealed class ResetClockFault : MemberFault<ResetClockOptions>
{
    /// <summary>The kind's name, which the clock fault names as its repair.</summary>
    internal const string Named = "reset-clock";

    public override string Name => Named;

    public override MemberState? Needs => MemberState.ClockSkewed;

    public override bool Repairs => true;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, ResetClockOptions options, CancellationToken ct)
    {
        await MemberClock.SetAsync(context, member, Name, settings: null, ct);
        var (unloaded, stop) = await MemberClock.RestartAsync(context, member, Name, loaded: false, ct);
        member.State &= ~MemberState.ClockSkewed;
        var observed = await MemberClock.OffsetAsync(context, member, Name, library: string.Empty, ct);
        return new FaultEffect($"restarted without libfaketime: observed {ClockFault.Observed(observed)}{stop}", unloaded);
    }
}
