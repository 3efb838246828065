namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// One edge of a cycle: transaction <see cref="From"/> must precede <see cref="To"/> (both named by the index of
/// their op in the history), because of <see cref="Kind"/> on <see cref="Key"/>.
/// </summary>
/// <param name="From">The earlier transaction's op index.</param>
/// <param name="To">The later transaction's op index.</param>
/// <param name="Kind">The dependency.</param>
/// <param name="Key">The list it is about; null for real time.</param>
/// <param name="Element">The element whose append makes the dependency; null for real time.</param>
/// <param name="Explanation">The dependency in words, e.g. <c>T7 observed T3's append of 1 to x</c>.</param>
public sealed record Dependency(long From, long To, DependencyKind Kind, string? Key, string? Element, string Explanation);
