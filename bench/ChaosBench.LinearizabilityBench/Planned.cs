using ChaosBench.Model.History;

namespace ChaosBench.LinearizabilityBench;

/// <summary>
/// One operation as the generator plans it: who, on which key, when, how it ends, and the instant it takes effect in
/// the simulated store (null: never). Reads get their value, compare-and-sets their old value, when the store runs.
/// </summary>
internal sealed class Planned
{
    public required int Process { get; init; }

    public required int Key { get; init; }

    public required string F { get; init; }

    public required long Invoked { get; init; }

    /// <summary>When the client heard back; null when it never did.</summary>
    public required long? Completed { get; init; }

    public required OpType Outcome { get; set; }

    public required long? AppliedAt { get; set; }

    public string? Value { get; set; }

    public string? Expected { get; set; }

    /// <summary>Where its invocation lands in the history.</summary>
    public long Index { get; set; }

    /// <summary>Where its completion lands in the history.</summary>
    public long CompletionIndex { get; set; }
}
