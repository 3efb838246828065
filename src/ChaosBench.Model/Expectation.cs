namespace ChaosBench.Model;

/// <summary>Something that must hold when the run is over.</summary>
public sealed record Expectation(string Kind, TimeSpan? Within)
{
    /// <summary>How the expectation reads in the scenario: <c>no-lost-writes</c>, <c>recovers-within: 10s</c>.</summary>
    public override string ToString() => Within is { } w ? $"{Kind}: {Durations.Format(w)}" : Kind;
}
