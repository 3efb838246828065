namespace ChaosBench.Network.Partitions;

/// <summary>A member on one side of a partition: its container, and the addresses its peers see its packets come from.</summary>
/// <param name="Name">The member's name, e.g. <c>etcd-1</c>, for messages and the record.</param>
/// <param name="ContainerId">Its container; the rules live in that container's network namespace.</param>
/// <param name="Addresses">Its addresses on the run's networks: packets from these are dropped.</param>
public sealed record PartitionMember(string Name, string ContainerId, IReadOnlyList<string> Addresses)
{
    public override string ToString() => Name;
}
