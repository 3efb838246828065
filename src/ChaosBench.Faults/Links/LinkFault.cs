using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links;

/// <summary>
/// The base of a link fault: adds one toxic (<see cref="Toxic"/>) to the link of every member of its target at once,
/// named after the fault (<c>faults[2]</c>), and hands back the repair that removes exactly that toxic, which
/// <c>for</c> or the heal phase runs. The link is the workload's to each member (<see cref="ClientLinks"/>), or, with
/// <c>from</c>, the named peers' into each member (<see cref="PeerLinks"/>). The toxic acts on connections already
/// open from their next chunk.
/// </summary>
public abstract class LinkFault<TOptions> : FaultKind<TOptions>, IClientLinkFault
    where TOptions : LinkOptions, new()
{
    public override string? RepairedBy => Heal.HealFault.Named;

    protected override bool HitsAllAtOnce(TOptions options) => true;

    /// <summary>The plan line's link and toxic: <c> (client link: latency 2s down)</c>, <c> (peer links from etcd-1: ...)</c>.</summary>
    protected override string Detail(TOptions options) => $" ({(options.From is { } from ? $"peer links from {from}" : "client link")}: {Toxic(options)})";

    /// <summary>The toxic these options ask for, in <see cref="LinkOptions.Direction"/>.</summary>
    private protected abstract Toxic Toxic(TOptions options);

    /// <summary>Checks the options the kind adds to <c>target</c> and <c>direction</c>.</summary>
    private protected abstract void ValidateToxic(TOptions options, KindCheck check);

    protected sealed override void Validate(TOptions options, KindCheck check)
    {
        if (options.From is { } from)
        {
            ValidatePeers(from, check);
        }
        else if (check.Scenario.Workload is not { Target: { } target })
        {
            check.Error(null, $"{Name} shapes the workload's connections, and this scenario has no workload", "add a workload aimed at the service, e.g. 'workload: { kind: redis-kv, target: redis }'");
        }
        else if (check.Service is { } service && service != target)
        {
            check.Error("target", $"the workload connects to {target}, not {service}: nothing would cross this link", $"aim it at {target} or one of its members");
        }

        ValidateToxic(options, check);
    }

    /// <summary>
    /// <c>from</c> names members of the target's own service, which the harness runs as a cluster on the run's network
    /// (the cluster kind names peers through their links; a network of the scenario's own has no proxy on it).
    /// </summary>
    private static void ValidatePeers(string from, KindCheck check)
    {
        if (check.ServiceOf(from) is not { } owner || !check.Scenario.Services.TryGetValue(owner, out var peers))
        {
            check.Error("from", $"no service or member '{from}'", Names.Suggest(from, [.. check.Scenario.Services.Keys, .. check.Scenario.Services.SelectMany(s => Members.Of(s.Key, s.Value.Replicas))]));
            return;
        }

        if (check.Service is { } service && service != owner)
        {
            check.Error("from", $"{from} is not a peer of {service}'s members: a peer link joins members of one cluster", $"name {service} or one of its members");
        }
        else if (peers.Cluster is null)
        {
            check.Error("from", $"{owner} has no 'cluster', and only a cluster kind routes its members' peer traffic through links", "declare e.g. 'cluster: etcd', or shape the workload's link (drop 'from')");
        }
        else if (peers.Networks.Count > 0)
        {
            check.Error("from", $"{owner} joins networks of its own, and peer links stand on the run's network only", $"drop {owner}'s 'networks'");
        }
    }

    public Task<GroupEffect> ApplyAsync(FaultContext context, Fault fault, IReadOnlyList<Member> members, Func<CancellationToken, Task<Member>> leader, CancellationToken ct)
    {
        var name = $"faults[{fault.Index}]";
        var options = (TOptions)fault.Options;
        var toxic = Toxic(options) with { Name = name };
        List<Network.Proxy.FaultProxy> proxies;
        if (options.From is { } from)
        {
            var peers = (context.Deployment.Of(from) is { Count: > 0 } service ? service : [context.Deployment[from]]).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            proxies = [.. members.Select(m => context.Deployment.PeerLinks.Into(m.Name) ?? throw new FaultException(Name, m.Name, "no proxy stands on its peer links: the runner starts one for each member of a service a peer-link fault names, before the members"))];
            toxic = toxic with { From = peers };
        }
        else
        {
            proxies = [.. members.Select(m => context.Links.Of(m.Name) ?? throw new FaultException(Name, m.Name, "no proxy stands on its client link: the runner starts one for each member a link fault names, before the workload"))];
        }

        foreach (var proxy in proxies)
        {
            proxy.Add(toxic);
        }

        var links = string.Join(", ", proxies.Select(p => $"{p.Name} ({p.Listening} -> {p.Destination})"));
        return Task.FromResult(new GroupEffect(
            new FaultEffect($"added {toxic} as {name} on {links}", TimeSpan.Zero),
            _ =>
            {
                var removed = proxies.Where(p => p.Remove(name)).Select(p => p.Name).ToList();
                return Task.FromResult(new FaultEffect($"removed {toxic} from {(removed.Count > 0 ? string.Join(", ", removed) : "no link (already gone)")}", TimeSpan.Zero));
            }));
    }
}
