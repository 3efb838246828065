using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// A fault kind that acts on members: applies itself to one and confirms the effect from the engine. Throws
/// <see cref="FaultException"/> when the effect cannot be confirmed. Derive from <see cref="MemberFault{TOptions}"/>.
/// </summary>
public interface IFault : IFaultKind
{
    Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct);
}
