namespace ChaosBench.Model.Kinds.Evidence;

/// <summary>
/// Evidence a checker needs beyond the history, the timeline and the logs, declared as data: the runner captures it
/// onto the timeline, and the checker stays a pure function of what was recorded.
/// </summary>
public abstract record EvidenceWant;
