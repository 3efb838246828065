using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Heal;

/// <summary>Reconnects a partitioned member to each of its networks under the names it had there: the repair of partition.</summary>
public sealed class HealFault : MemberFault<HealOptions>
{
    /// <summary>The kind's name, which the faults it repairs name as their repair.</summary>
    internal const string Named = "heal";

    public override string Name => Named;

    public override MemberState? Needs => MemberState.Partitioned;

    public override bool Repairs => true;

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, HealOptions options, CancellationToken ct)
    {
        var networks = member.Spec.Networks;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(networks.Select(n => context.Engine.Networks.ConnectAsync(n.Network, member.ContainerId, n.Aliases, ct)));
        var confirmed = await Confirm.StateAsync(context, member, Name, $"on {string.Join(", ", member.Networks)}", c => networks.All(n => c.NetworkAddresses.ContainsKey(n.Network)), clock, ct);
        member.State &= ~MemberState.Partitioned;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect($"reconnected to {string.Join(", ", member.Networks)} as {member.Name}", confirmed);
    }
}
