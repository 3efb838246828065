using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.PowerLoss;

/// <summary>
/// A power cut: kills every process of the member at once and drops every write its power-loss volumes
/// had not made durable; a later start boots on what survived.
/// </summary>
public sealed class PowerLossFault : IFault
{
    public string Kind => FaultKinds.PowerLoss;

    public Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct) =>
        PowerCut.ApplyAsync(context, member, fault, m => m.PowerLoss.Select(v => PowerCut.Describe(v, v.Mount.Crash())).ToList(), ct);
}
