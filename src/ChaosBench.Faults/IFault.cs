using ChaosBench.Model;

namespace ChaosBench.Faults;

/// <summary>
/// One fault kind: applies itself to a member and confirms the effect from the engine. Throws
/// <see cref="FaultException"/> when the effect cannot be confirmed.
/// </summary>
public interface IFault
{
    /// <summary>The kind as scenarios name it, e.g. <c>kill</c>.</summary>
    string Kind { get; }

    Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct);
}
