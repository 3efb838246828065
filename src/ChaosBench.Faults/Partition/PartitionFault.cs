using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Partitions;

namespace ChaosBench.Faults.Partition;

/// <summary>
/// With a target alone, isolates the member from every other by disconnecting it from each of its networks. With
/// sides (<c>between</c>, <c>shape</c>, <c>from</c>/<c>to</c>), draws iptables DROP rules in the receiving members'
/// network namespaces (see <see cref="PartitionShape"/>); its repair removes exactly those rules.
/// </summary>
public sealed partial class PartitionFault : MemberFault<PartitionOptions>, IGroupFault
{
    public override string Name => "partition";

    public override string? RepairedBy => Heal.HealFault.Named;

    protected override MemberState? Leaves(PartitionOptions options) => options.Drawn ? null : MemberState.Partitioned;

    protected override IReadOnlyList<string>? OwnMembers(PartitionOptions options) =>
        options.Between is { } sides ? [.. sides.SelectMany(s => s)]
        : options.From is not null || options.To is not null ? [.. new[] { options.From, options.To }.OfType<string>()]
        : null;

    public IReadOnlyList<string> OwnMemberKeys => ["between", "from"];

    protected override bool HitsAllAtOnce(PartitionOptions options) => options.Shape is not null;

    protected override string? Subject(PartitionOptions options) =>
        options.Between is { } sides ? string.Join(" | ", sides.Select(s => $"[{string.Join(", ", s)}]"))
        : options.From is not null ? $"{options.From} -> {options.To}"
        : null;

    protected override string Detail(PartitionOptions options) => options.Shape is { } shape ? $" ({OptionsShape.KebabCase(shape.ToString())})" : string.Empty;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, PartitionOptions options, CancellationToken ct)
    {
        var networks = member.Networks;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(networks.Select(n => context.Engine.Networks.DisconnectAsync(n, member.ContainerId, force: true, ct)));
        var confirmed = await Confirm.StateAsync(context, member, Name, $"off {string.Join(", ", networks)}", c => !networks.Any(c.NetworkAddresses.ContainsKey), clock, ct);
        member.State |= MemberState.Partitioned;
        return new FaultEffect($"disconnected from {string.Join(", ", networks)}", confirmed);
    }

    public async Task<GroupEffect> ApplyAsync(FaultContext context, Fault fault, IReadOnlyList<Member> members, Func<CancellationToken, Task<Member>> leader, CancellationToken ct)
    {
        var options = (PartitionOptions)fault.Options;
        var sides = await SidesAsync(context, fault, options, members, leader, ct);
        var drawn = await Task.WhenAll(sides.Select(side => Task.WhenAll(side.Select(m => SeenAsync(context, m, ct)))));
        var shape = options.From is not null ? PartitionShape.OneWay(drawn[0], drawn[1])
            : options.Shape == PartitionShapeName.Ring ? PartitionShape.Ring(drawn[0])
            : options.Shape == PartitionShapeName.Bridge ? PartitionShape.Bridge(drawn[0], drawn[1].Single(), drawn[2])
            : PartitionShape.Between([.. drawn.Select(d => (IReadOnlyList<PartitionMember>)d)]);
        var clock = Stopwatch.StartNew();
        var partition = await Guard(members, () => new Partitioner(context.Run).ApplyAsync(shape, ct));
        var effect = new FaultEffect($"drew {partition}", clock.Elapsed);
        return new GroupEffect(effect, async repairCt =>
        {
            var healing = Stopwatch.StartNew();
            await Guard(members, async () =>
            {
                await partition.HealAsync(repairCt);
                return partition;
            });
            return new FaultEffect($"removed chain {partition.Chain} from {string.Join(", ", partition.Members)}", healing.Elapsed);
        });
    }

    /// <summary>
    /// The sides to draw, in order; one way: the sender's side, then the receiver's; a ring: its members in ring
    /// order; a bridge: one half, the bridge alone, the other half.
    /// </summary>
    private static async Task<IReadOnlyList<IReadOnlyList<Member>>> SidesAsync(FaultContext context, Fault fault, PartitionOptions options, IReadOnlyList<Member> members, Func<CancellationToken, Task<Member>> leader, CancellationToken ct)
    {
        if (options.Between is { } between)
        {
            return [.. between.Select(side => (IReadOnlyList<Member>)[.. side.Select(name => context.Deployment[name])])];
        }

        if (options.From is { } from && options.To is { } to)
        {
            return [[context.Deployment[from]], [context.Deployment[to]]];
        }

        if (options.Shape == PartitionShapeName.IsolateLeader)
        {
            var chosen = await leader(ct);
            return [[chosen], [.. members.Where(m => m != chosen)]];
        }

        // The same seed cuts the same members off.
        var random = context.RandomFor(fault, members[0]);
        var shuffled = members.OrderBy(_ => random.Next()).ToList();
        if (options.Shape == PartitionShapeName.Ring)
        {
            return [shuffled];
        }

        if (options.Shape == PartitionShapeName.Bridge)
        {
            var half = (members.Count - 1) / 2;
            return [shuffled[..half], [shuffled[half]], shuffled[(half + 1)..]];
        }

        var cut = options.Shape == PartitionShapeName.Halves ? members.Count / 2 : (members.Count - 1) / 2;
        return [shuffled[..cut], shuffled[cut..]];
    }

    /// <summary>A member as its peers see it: every address it has on the run's networks now.</summary>
    private static async Task<PartitionMember> SeenAsync(FaultContext context, Member member, CancellationToken ct)
    {
        var info = await context.Engine.Containers.InspectAsync(member.ContainerId, ct);
        return new PartitionMember(member.Name, member.ContainerId, [.. info.NetworkAddresses.Values]);
    }

    private async Task<T> Guard<T>(IReadOnlyList<Member> members, Func<Task<T>> act)
    {
        try
        {
            return await act();
        }
        catch (PartitionException e)
        {
            throw new FaultException(Name, string.Join(", ", members), e.Message);
        }
    }
}
