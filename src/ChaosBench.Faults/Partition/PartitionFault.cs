using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Partition;

/// <summary>Isolates the member from every other: disconnects it from each of its networks. No iptables rule is left behind.</summary>
public sealed class PartitionFault : MemberFault<PartitionOptions>
{
    public override string Name => "partition";

    public override string? RepairedBy => Heal.HealFault.Named;

    protected override MemberState? Leaves(PartitionOptions options) => MemberState.Partitioned;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, PartitionOptions options, CancellationToken ct)
    {
        var networks = member.Networks;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(networks.Select(n => context.Engine.Networks.DisconnectAsync(n, member.ContainerId, force: true, ct)));
        var confirmed = await Confirm.StateAsync(context, member, Name, $"off {string.Join(", ", networks)}", c => !networks.Any(c.NetworkAddresses.ContainsKey), clock, ct);
        member.State |= MemberState.Partitioned;
        return new FaultEffect($"disconnected from {string.Join(", ", networks)}", confirmed);
    }
}
