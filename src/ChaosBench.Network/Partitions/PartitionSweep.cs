namespace ChaosBench.Network.Partitions;

/// <summary>What a sweep looked at, removed (<c>container: chain of run RUN</c>) and could not do.</summary>
public sealed record PartitionSweep(int Containers, IReadOnlyList<string> Removed, IReadOnlyList<string> Problems);
