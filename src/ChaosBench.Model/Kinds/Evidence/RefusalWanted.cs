namespace ChaosBench.Model.Kinds.Evidence;

/// <summary>
/// A member of <paramref name="Service"/> (a service or group) not getting ready after a repair is the expected
/// outcome: the runner records it as <c>not-ready</c> instead of failing the run.
/// </summary>
public sealed record RefusalWanted(string Service) : EvidenceWant;
