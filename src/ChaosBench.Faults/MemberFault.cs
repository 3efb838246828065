using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>The base of a fault kind that acts on members, with its options typed.</summary>
public abstract class MemberFault<TOptions> : FaultKind<TOptions>, IFault
    where TOptions : TargetOptions, new()
{
    public Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct) =>
        ApplyAsync(context, member, fault, (TOptions)fault.Options, ct);

    protected abstract Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, TOptions options, CancellationToken ct);
}
