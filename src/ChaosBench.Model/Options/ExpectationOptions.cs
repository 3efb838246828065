namespace ChaosBench.Model.Options;

/// <summary>
/// One expectation: its kind (<see cref="ExpectationKinds"/>) and parameters. In YAML either a bare name
/// (<c>- no-lost-writes</c>) or one key with its value (<c>- recovers-within: 10s</c>).
/// </summary>
public sealed class ExpectationOptions
{
    /// <summary>The expectation kind. Required.</summary>
    public string? Kind { get; set; }

    /// <summary><c>recovers-within</c>: the longest allowed time from the heal to the first good operation.</summary>
    public TimeSpan? Within { get; set; }
}
