namespace ChaosBench.Model.Records;

/// <summary>A Linux capability added to a service's containers (no container ever runs privileged), and why: <c>declared by the scenario (cap-add)</c>.</summary>
public sealed record CapabilityRecord(string Name, string Reason);
