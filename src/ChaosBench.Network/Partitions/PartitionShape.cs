namespace ChaosBench.Network.Partitions;

/// <summary>
/// Who stops hearing whom. Every shape is drawn the same way: in the receiving member's network namespace, packets
/// coming from a sender's addresses are dropped in <c>INPUT</c>, so they leave the sender and vanish as on a cut
/// wire. Not in the sender's <c>OUTPUT</c>: a packet dropped there fails the sender's own send at once (UDP sendmsg
/// returns EPERM), which no real network does.
/// </summary>
public sealed record PartitionShape
{
    private PartitionShape(IReadOnlyList<Drop> drops, string description)
    {
        Drops = drops;
        Description = description;
    }

    /// <summary>Each receiver and the senders it no longer hears.</summary>
    internal IReadOnlyList<Drop> Drops { get; }

    /// <summary>One line for the timeline, e.g. <c>[etcd-1] | [etcd-2, etcd-3]</c>.</summary>
    public string Description { get; }

    /// <summary>
    /// Every side cut from every other, both ways (Jepsen's partitions): members of one side still hear each other,
    /// and members in no side hear everyone.
    /// </summary>
    public static PartitionShape Between(params IReadOnlyList<PartitionMember>[] sides)
    {
        var drops = sides.SelectMany((side, i) => side.Select(receiver =>
            new Drop(receiver, [.. sides.Where((_, j) => j != i).SelectMany(other => other)]))).Where(d => d.From.Count > 0);
        return new PartitionShape([.. drops], string.Join(" | ", sides.Select(side => $"[{string.Join(", ", side)}]")));
    }

    /// <summary>
    /// Packets from <paramref name="from"/> to <paramref name="to"/> are dropped; the other way they arrive. At the IP
    /// level that is one-way; TCP needs both ways for its handshake and its acknowledgements, so no new connection forms
    /// either way (<paramref name="from"/>'s SYN is lost; <paramref name="to"/>'s SYN arrives but the SYN-ACK is lost),
    /// and on an open connection data from <paramref name="to"/> reaches <paramref name="from"/> while the ACKs do not
    /// come back, so <paramref name="to"/> retransmits until it gives up. Datagrams (UDP, e.g. a gossip protocol's)
    /// show the one-way cut plainly.
    /// </summary>
    public static PartitionShape OneWay(IReadOnlyList<PartitionMember> from, IReadOnlyList<PartitionMember> to) =>
        new([.. to.Select(receiver => new Drop(receiver, [.. from.Where(f => f.ContainerId != receiver.ContainerId)]))
            .Where(d => d.From.Count > 0)], $"[{string.Join(", ", from)}] -> [{string.Join(", ", to)}]");

    /// <summary>
    /// Halves cut from each other both ways, with <paramref name="bridge"/> in neither: it hears, and is heard by,
    /// every member (Jepsen's bridge), so each half still reaches a majority through it.
    /// </summary>
    public static PartitionShape Bridge(IReadOnlyList<PartitionMember> left, PartitionMember bridge, IReadOnlyList<PartitionMember> right) =>
        new(Between(left, right).Drops, $"[{string.Join(", ", left)}] | [{string.Join(", ", right)}] bridged by {bridge}");

    /// <summary>
    /// The members in <paramref name="ring"/>'s order, each hearing only the majority that starts at itself and goes
    /// round (itself and the next n/2 members), dropping the rest: every member still sees a majority, no two the same.
    /// </summary>
    public static PartitionShape Ring(IReadOnlyList<PartitionMember> ring)
    {
        var majority = ring.Count / 2 + 1;
        var drops = ring.Select((receiver, i) => new Drop(receiver, [.. ring.Where((_, j) => (j - i + ring.Count) % ring.Count >= majority)]));
        return new PartitionShape([.. drops.Where(d => d.From.Count > 0)], $"ring {string.Join(" > ", ring)} > {ring[0]}, each hearing the next {majority - 1}");
    }

    public override string ToString() => Description;
}

/// <summary>In <paramref name="Receiver"/>'s namespace, drop what comes from <paramref name="From"/>.</summary>
internal sealed record Drop(PartitionMember Receiver, IReadOnlyList<PartitionMember> From)
{
    public IReadOnlyList<string> Sources => [.. From.SelectMany(f => f.Addresses).Where(a => a.Length > 0).Distinct()];
}
