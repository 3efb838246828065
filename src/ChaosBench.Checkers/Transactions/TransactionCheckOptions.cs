namespace ChaosBench.Checkers.Transactions;

/// <summary>How much <see cref="TransactionChecker"/> reports, and how long it may search for cycles.</summary>
public sealed record TransactionCheckOptions
{
    /// <summary>Anomalies kept as examples per kind; every one is counted. Default 8.</summary>
    public int MaxExamples { get; init; } = 8;

    /// <summary>
    /// Edges the search for short cycles may visit in all, once strongly connected components are known.
    /// A history without cycles needs none. When it runs out before telling whether a cycle with one
    /// anti-dependency exists, a snapshot-isolation verdict that found nothing else is unknown, never passed.
    /// Default 50,000,000 (a few seconds).
    /// </summary>
    public long SearchBudget { get; init; } = 50_000_000;
}
