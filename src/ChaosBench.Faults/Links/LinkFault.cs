using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links;

/// <summary>
/// The base of a client-link fault: adds one toxic (<see cref="Toxic"/>) to the link of every member of its target
/// at once, named after the fault (<c>faults[2]</c>), and hands back the repair that removes exactly that toxic, which
/// <c>for</c> or the heal phase runs. The toxic acts on connections already open from their next chunk.
/// </summary>
public abstract class LinkFault<TOptions> : FaultKind<TOptions>, IClientLinkFault
    where TOptions : LinkOptions, new()
{
    public override string? RepairedBy => Heal.HealFault.Named;

    protected override bool HitsAllAtOnce(TOptions options) => true;

    /// <summary>The plan line's link and toxic: <c> (client link: latency 2s down)</c>.</summary>
    protected override string Detail(TOptions options) => $" (client link: {Toxic(options)})";

    /// <summary>The toxic these options ask for, in <see cref="LinkOptions.Direction"/>.</summary>
    private protected abstract Toxic Toxic(TOptions options);

    /// <summary>Checks the options the kind adds to <c>target</c> and <c>direction</c>.</summary>
    private protected abstract void ValidateToxic(TOptions options, KindCheck check);

    protected sealed override void Validate(TOptions options, KindCheck check)
    {
        if (check.Scenario.Workload is not { Target: { } target })
        {
            check.Error(null, $"{Name} shapes the workload's connections, and this scenario has no workload", "add a workload aimed at the service, e.g. 'workload: { kind: redis-kv, target: redis }'");
        }
        else if (check.Service is { } service && service != target)
        {
            check.Error("target", $"the workload connects to {target}, not {service}: nothing would cross this link", $"aim it at {target} or one of its members");
        }

        ValidateToxic(options, check);
    }

    public Task<GroupEffect> ApplyAsync(FaultContext context, Fault fault, IReadOnlyList<Member> members, Func<CancellationToken, Task<Member>> leader, CancellationToken ct)
    {
        var name = $"faults[{fault.Index}]";
        var toxic = Toxic((TOptions)fault.Options) with { Name = name };
        var proxies = members.Select(m => context.Links.Of(m.Name) ?? throw new FaultException(Name, m.Name, "no proxy stands on its client link: the runner starts one for each member a link fault names, before the workload")).ToList();
        foreach (var proxy in proxies)
        {
            proxy.Add(toxic);
        }

        var links = string.Join(", ", proxies.Select(p => $"{p.Name} ({p.Listening} -> {p.Upstream})"));
        return Task.FromResult(new GroupEffect(
            new FaultEffect($"added {toxic} as {name} on {links}", TimeSpan.Zero),
            _ =>
            {
                var removed = proxies.Where(p => p.Remove(name)).Select(p => p.Name).ToList();
                return Task.FromResult(new FaultEffect($"removed {toxic} from {(removed.Count > 0 ? string.Join(", ", removed) : "no link (already gone)")}", TimeSpan.Zero));
            }));
    }
}
