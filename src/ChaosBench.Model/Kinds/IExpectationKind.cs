using ChaosBench.Model.Kinds.Evidence;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// An expectation kind: its options, how it is written (a bare name, <c>name: value</c> or <c>name: { ... }</c>),
/// how it reads in the plan and the verdicts, and the evidence the runner must capture for its checker.
/// Derive from <see cref="ExpectationKind{TOptions}"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KindNameConverter))]
public interface IExpectationKind : IKind
{
    Type OptionsType { get; }

    /// <summary>The option a scalar value fills (<c>recovers-within: 10s</c> fills <c>within</c>); null: none.</summary>
    string? Shorthand { get; }

    /// <summary>Whether it judges the workload's history, so a scenario without a workload cannot have it.</summary>
    bool JudgesHistory { get; }

    /// <summary>
    /// Whether its checker needs the history and nothing else (no timeline, logs or captured evidence), so it can also
    /// judge a history file offline: <c>chaosbench check</c> offers every such kind.
    /// </summary>
    bool JudgesHistoryAlone { get; }

    /// <summary>How the expectation reads: <c>no-lost-writes loss-window 1s</c>, <c>recovers-within: 10s</c>.</summary>
    string Describe(object options);

    /// <summary>What the runner must capture beyond the history, timeline and logs.</summary>
    IEnumerable<EvidenceWant> Wants(object options);

    void Validate(object options, KindCheck check);
}
