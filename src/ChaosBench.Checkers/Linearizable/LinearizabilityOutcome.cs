namespace ChaosBench.Checkers.Linearizable;

/// <summary>What the search concluded about a history.</summary>
public enum LinearizabilityOutcome
{
    /// <summary>Every key's operations have an order that respects real time and a register's semantics.</summary>
    Passed,

    /// <summary>Some key's operations have no such order; <see cref="LinearizabilityResult.Violation"/> shows one.</summary>
    Failed,

    /// <summary>
    /// Nothing to judge (no acknowledged read, write or compare-and-set), or the budget ran out before every key was
    /// decided and none had failed.
    /// </summary>
    Unknown,
}
