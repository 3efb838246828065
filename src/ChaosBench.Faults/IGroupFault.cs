using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// A fault kind that acts once on several members together (a partition between sides) when its options say so
/// (<see cref="IFaultKind.OwnMembers"/>, <see cref="IFaultKind.HitsAllAtOnce"/>), and hands back its own repair, so
/// that <c>for</c> and the heal phase undo exactly what it did.
/// </summary>
public interface IGroupFault : IFaultKind
{
    /// <summary>Applies the fault to <paramref name="members"/>; <paramref name="leader"/> finds the current leader when the shape needs it.</summary>
    Task<GroupEffect> ApplyAsync(FaultContext context, Fault fault, IReadOnlyList<Member> members, Func<CancellationToken, Task<Member>> leader, CancellationToken ct);
}
