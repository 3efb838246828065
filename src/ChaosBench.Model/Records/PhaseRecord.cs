namespace ChaosBench.Model.Records;

/// <summary>One phase of a run (provision, ready, steady-state, workload, heal, recovery, check, teardown) and when it ran.</summary>
public sealed record PhaseRecord(string Name, TimeSpan Start, TimeSpan End, string Status);
