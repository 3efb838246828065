namespace ChaosBench.Model;

/// <summary>One fault on the timeline, as written; <see cref="Planning.Planner"/> resolves whom it hits.</summary>
public sealed record Fault(
    int Index,
    TimeSpan At,
    string Kind,
    string Target,
    string Pick,
    string Signal,
    string? Path,
    string? To,
    TimeSpan? For);
