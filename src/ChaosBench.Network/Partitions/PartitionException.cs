namespace ChaosBench.Network.Partitions;

/// <summary>A partition's rules could not be drawn or removed in a member's namespace; says which member and what iptables said.</summary>
public sealed class PartitionException(string member, string message) : Exception($"partition: {member}: {message}")
{
    public string Member { get; } = member;
}
