namespace ChaosBench.Model.Kinds;

/// <summary>
/// A workload kind: its own options next to the common <c>target</c>, <c>clients</c>, <c>rate</c> and <c>keys</c>.
/// Derive from <see cref="WorkloadKind{TOptions}"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KindNameConverter))]
public interface IWorkloadKind : IKind
{
    /// <summary>Its own options, written next to the common ones under <c>workload:</c>.</summary>
    Type OptionsType { get; }

    /// <summary>Whether it reaches its target over HTTP alone, so it may target an external service.</summary>
    bool ReachesExternal { get; }

    void Validate(object options, KindCheck check);
}
