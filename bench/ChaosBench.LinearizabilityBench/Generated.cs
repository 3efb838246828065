using ChaosBench.Model.History;

namespace ChaosBench.LinearizabilityBench;

/// <summary>A generated history; for the stale variant, the read planted in it (its invocation's index) and its key.</summary>
internal sealed record Generated(List<Op> History, long? PlantedRead, string? PlantedKey);
