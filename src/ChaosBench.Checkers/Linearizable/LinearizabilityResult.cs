namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// The outcome of <see cref="LinearizabilityChecker.Check"/>, with what was judged: register operations (an invocation
/// with its completion) that could have taken effect, the keys they touch, and how long the search took.
/// </summary>
/// <param name="Outcome">Passed, failed, or unknown.</param>
/// <param name="Operations">Reads, writes and compare-and-sets judged (failed ones, which never happened, not counted).</param>
/// <param name="Keys">Keys judged, each on its own.</param>
/// <param name="Elapsed">Wall time of the search, narrowing a violation included.</param>
/// <param name="Violation">When failed: the smallest window found that cannot be linearized.</param>
/// <param name="Reason">Why, in one sentence: what was undecided, or that there was nothing to judge.</param>
public sealed record LinearizabilityResult(
    LinearizabilityOutcome Outcome,
    int Operations,
    int Keys,
    TimeSpan Elapsed,
    LinearizabilityViolation? Violation,
    string Reason)
{
    /// <summary>Every key that cannot be linearized, in ordinal order; the violation shows the first.</summary>
    public IReadOnlyList<string> FailedKeys { get; init; } = [];

    /// <summary>Keys whose search the budget cut short.</summary>
    public IReadOnlyList<string> UndecidedKeys { get; init; } = [];

    /// <summary>The most operations on one key: what the search's cost grows with.</summary>
    public int LargestKey { get; init; }
}
