using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.PowerLoss;

/// <summary>
/// A power cut: kills every process of the member at once and drops every write its power-loss volumes
/// had not made durable; a later start boots on what survived.
/// </summary>
public sealed class PowerLossFault : MemberFault<PowerLossOptions>
{
    public override string Name => "power-loss";

    public override string? RepairedBy => Start.StartFault.Named;

    public override bool IsCrash => true;

    public override VolumeLayer NeedsLayer => VolumeLayer.PowerLoss;

    protected override MemberState? Leaves(PowerLossOptions options) => MemberState.Stopped;

    protected override Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, PowerLossOptions options, CancellationToken ct) =>
        PowerCut.ApplyAsync(context, member, fault, m => m.PowerLoss.Select(v => PowerCut.Describe(v, v.Mount.Crash())).ToList(), ct);
}
