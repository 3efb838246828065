namespace ChaosBench.Network.Partitions;

/// <summary>A partition in effect: its chain in each receiving member's namespace. <see cref="HealAsync"/> removes exactly those.</summary>
public sealed class DrawnPartition
{
    private readonly Partitioner _partitioner;
    private readonly IReadOnlyList<PartitionMember> _receivers;
    private int _healed;

    internal DrawnPartition(Partitioner partitioner, PartitionShape shape, string chain, IReadOnlyList<PartitionMember> receivers)
    {
        _partitioner = partitioner;
        Shape = shape;
        Chain = chain;
        _receivers = receivers;
    }

    public PartitionShape Shape { get; }

    /// <summary>The iptables chain holding its rules, the same name in every member.</summary>
    public string Chain { get; }

    /// <summary>The members whose namespace holds rules.</summary>
    public IReadOnlyList<string> Members => [.. _receivers.Select(r => r.Name)];

    /// <summary>
    /// Removes the jump and the chain from every member, once; a member no longer running has lost them with its
    /// namespace. Throws <see cref="PartitionException"/> naming each member where something of the chain is left.
    /// </summary>
    public Task HealAsync(CancellationToken ct = default) =>
        Interlocked.Exchange(ref _healed, 1) == 0 ? _partitioner.HealAsync(Chain, _receivers, ct) : Task.CompletedTask;

    /// <summary>For the timeline: the shape, where its rules are and how they got there.</summary>
    public override string ToString() => $"{Shape} (DROP in INPUT of {string.Join(", ", Members)}, chain {Chain}, via {_partitioner.How})";
}
