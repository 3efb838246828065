using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Partition;

/// <summary>Isolates the member from every other: disconnects it from each of its networks. No iptables rule is left behind.</summary>
public sealed class PartitionFault : IFault
{
    public string Kind => FaultKinds.Partition;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var networks = member.Networks;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(networks.Select(n => context.Engine.Networks.DisconnectAsync(n, member.ContainerId, force: true, ct)));
        var confirmed = await Confirm.StateAsync(context, member, Kind, $"off {string.Join(", ", networks)}", c => !networks.Any(c.NetworkAddresses.ContainsKey), clock, ct);
        member.Faults |= MemberFaults.Partitioned;
        return new FaultEffect($"disconnected from {string.Join(", ", networks)}", confirmed);
    }
}
