namespace ChaosBench.Model.Options;

/// <summary>The expectation kinds a scenario may name.</summary>
public static class ExpectationKinds
{
    public const string NoLostWrites = "no-lost-writes";
    public const string RecoversWithin = "recovers-within";

    public static IReadOnlyList<string> All { get; } = [NoLostWrites, RecoversWithin];

    /// <summary>Kinds written with a value (<c>recovers-within: 10s</c>); the rest are bare names.</summary>
    public static bool TakesValue(string kind) => kind == RecoversWithin;
}
