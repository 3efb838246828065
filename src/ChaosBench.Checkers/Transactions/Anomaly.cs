namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// One anomaly found, as data a report can draw: its <see cref="Kind"/> (<see cref="AnomalyKinds"/>), the
/// transactions involved and, for a cycle, its edges in order, the last leading back to the first transaction.
/// </summary>
/// <param name="Kind">One of <see cref="AnomalyKinds"/>, e.g. <c>G-single</c>.</param>
/// <param name="Explanation">The anomaly in one sentence.</param>
/// <param name="Transactions">For a cycle, its transactions in cycle order; else the reader first, then the writer when there is one.</param>
/// <param name="Cycle">The cycle's edges, <c>Transactions[i]</c> to <c>Transactions[i + 1]</c> and the last back to the first; empty for an anomaly found directly.</param>
public sealed record Anomaly(string Kind, string Explanation, IReadOnlyList<TransactionRef> Transactions, IReadOnlyList<Dependency> Cycle);
