using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Heal;

/// <summary>Reconnects a partitioned member under its own name: the repair of partition.</summary>
public sealed class HealFault : IFault
{
    public string Kind => FaultKinds.Heal;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var network = context.Deployment.Network;
        var clock = Stopwatch.StartNew();
        await context.Engine.Networks.ConnectAsync(network, member.ContainerId, [member.Name], ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, $"on network {network}", c => c.NetworkAddresses.ContainsKey(network), clock, ct);
        member.Faults &= ~MemberFaults.Partitioned;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect($"reconnected to {network} as {member.Name}", confirmed);
    }
}
