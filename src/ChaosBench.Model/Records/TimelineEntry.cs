namespace ChaosBench.Model.Records;

/// <summary>
/// Something that happened during a run, stamped from the run's start: a phase boundary, a fault injected
/// (with how long the engine took to confirm its effect), a repair, a readiness change.
/// </summary>
public sealed record TimelineEntry(TimeSpan Time, string Kind, string Target, string Detail, TimeSpan? ConfirmedAfter = null);
