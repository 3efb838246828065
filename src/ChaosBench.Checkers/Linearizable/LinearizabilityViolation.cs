namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// Why a key cannot be linearized, as data a report can draw: the operations of the smallest window found, on one lane
/// per process, the one that is impossible in it, and the values (and the writes of them) it could have seen.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="Impossible">The operation no order can explain: the key's history up to its completion has no
/// linearization, and up to any earlier completion it had one. Usually a read of a stale or never-written value.
/// Null when the budget ran out before it was found.</param>
/// <param name="Possible">The values the key could hold when <see cref="Impossible"/> took effect, over every order of
/// the others (null: absent): for a read, what it could have read.</param>
/// <param name="CouldHaveSeen">The latest writes and compare-and-sets (at most five) that write a value of
/// <see cref="Possible"/>: the writes the impossible operation should have seen.</param>
/// <param name="Lanes">The window's operations, one lane per process, <see cref="Impossible"/> and
/// <see cref="CouldHaveSeen"/> among them.</param>
/// <param name="Narrowed">False when the budget ran out while narrowing: the lanes then hold only the impossible
/// operation and the writes it could have seen, or nothing when even the impossible one was not found; and
/// <see cref="Possible"/> may lack values the search did not reach.</param>
public sealed record LinearizabilityViolation(
    string Key,
    ViolationOp? Impossible,
    IReadOnlyList<string?> Possible,
    IReadOnlyList<ViolationOp> CouldHaveSeen,
    IReadOnlyList<ViolationLane> Lanes,
    bool Narrowed);
