using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Partition;

/// <summary>Isolates the member from every other: disconnects it from the run's network. No iptables rule is left behind.</summary>
public sealed class PartitionFault : IFault
{
    public string Kind => FaultKinds.Partition;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var network = context.Deployment.Network;
        var clock = Stopwatch.StartNew();
        await context.Engine.Networks.DisconnectAsync(network, member.ContainerId, force: true, ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, $"off network {network}", c => !c.NetworkAddresses.ContainsKey(network), clock, ct);
        member.Faults |= MemberFaults.Partitioned;
        return new FaultEffect($"disconnected from {network}", confirmed);
    }
}
