using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers;

/// <summary>What checkers judge: the workload's history and the run's timeline (faults, repairs, readiness).</summary>
public sealed record CheckInput(History History, IReadOnlyList<TimelineEntry> Timeline);
