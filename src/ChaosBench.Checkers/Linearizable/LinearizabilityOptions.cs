namespace ChaosBench.Checkers.Linearizable;

/// <summary>How long <see cref="LinearizabilityChecker"/> may search, and on how many threads.</summary>
public sealed class LinearizabilityOptions
{
    /// <summary>The default <see cref="Budget"/>: 30 s, as <c>linearizable</c> takes when given none.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest the search for a verdict may take, over all keys together. When it runs out the outcome is
    /// <see cref="LinearizabilityOutcome.Unknown"/>, never passed. Narrowing a violation down to its smallest window
    /// gets at most as long again. Default: 30 s.
    /// </summary>
    public TimeSpan Budget { get; init; } = DefaultBudget;

    /// <summary>How many keys are searched at once. Default: one per processor.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The clock the budget is measured on. Default: the system's.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
