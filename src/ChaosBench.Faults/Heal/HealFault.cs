using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Heal;

/// <summary>Reconnects a partitioned member to each of its networks under the names it had there: the repair of partition.</summary>
public sealed class HealFault : IFault
{
    public string Kind => FaultKinds.Heal;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var networks = member.Spec.Networks;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(networks.Select(n => context.Engine.Networks.ConnectAsync(n.Network, member.ContainerId, n.Aliases, ct)));
        var confirmed = await Confirm.StateAsync(context, member, Kind, $"on {string.Join(", ", member.Networks)}", c => networks.All(n => c.NetworkAddresses.ContainsKey(n.Network)), clock, ct);
        member.Faults &= ~MemberFaults.Partitioned;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect($"reconnected to {string.Join(", ", member.Networks)} as {member.Name}", confirmed);
    }
}
