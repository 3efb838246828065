namespace ChaosBench.Engine.Cleanup;

/// <summary>How many objects a sweep removed, and which it could not (each with the engine's words).</summary>
public sealed record SweepResult(int Containers, int Networks, int Volumes)
{
    /// <summary>No failure; shared, so that results compare equal.</summary>
    public static readonly IReadOnlyList<string> None = [];

    /// <summary>The objects the engine refused to remove, e.g. <c>network x: ... has active endpoints</c>. Default: none.</summary>
    public IReadOnlyList<string> Failures { get; init; } = None;

    public int Total => Containers + Networks + Volumes;

    public override string ToString() =>
        $"{Containers} containers, {Networks} networks, {Volumes} volumes"
        + (Failures.Count == 0 ? string.Empty : $"; {Failures.Count} could not be removed: {string.Join("; ", Failures)}");
}
