namespace ChaosBench.Checkers.Linearizable;

/// <summary>What one key's search found.</summary>
internal enum SearchOutcome
{
    Linearizable,
    NotLinearizable,
    OutOfBudget,
}
