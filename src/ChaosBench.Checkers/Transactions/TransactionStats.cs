namespace ChaosBench.Checkers.Transactions;

/// <summary>How many transactions a check judged, by outcome, and over how many lists.</summary>
/// <param name="Committed">Completed <c>ok</c>.</param>
/// <param name="Indeterminate">Completed <c>info</c>, or never completed: they may or may not have committed.</param>
/// <param name="Failed">Completed <c>fail</c>: they never took effect.</param>
/// <param name="Lists">Distinct keys the transactions appended to or read.</param>
public sealed record TransactionStats(int Committed, int Indeterminate, int Failed, int Lists);
