namespace ChaosBench.Model.Options;

/// <summary>What a service waits for before it starts, of each service it depends on.</summary>
public static class DependencyConditions
{
    /// <summary>The dependency's containers are running.</summary>
    public const string Started = "started";

    /// <summary>The dependency's readiness probe passed (a Compose healthcheck is one).</summary>
    public const string Healthy = "healthy";

    public static IReadOnlyList<string> All { get; } = [Started, Healthy];
}
