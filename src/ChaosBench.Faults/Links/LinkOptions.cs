using System.ComponentModel;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links;

/// <summary>
/// What every link fault takes: <c>target</c>, the service (each of its members' links) or the member whose link from
/// the workload it shapes, or, with <c>from</c>, whose links from those peers; and <c>direction</c>. A link fault hits
/// every member of its target at once, so <c>pick</c> does not apply.
/// </summary>
public abstract class LinkOptions : TargetOptions
{
    /// <summary>
    /// The peers (a member, or the service for all its members) whose links into <c>target</c> it shapes instead of
    /// the workload's: members of one clustered service (etcd's peer traffic). Default: none, the client link.
    /// </summary>
    [Description("the peers (a member, or the service for all) whose links into the target it shapes instead of the workload's; members of one cluster (default: none, the client link)")]
    public string? From { get; set; }

    /// <summary>
    /// Which way it acts: <c>up</c> (the workload's requests; on a peer link, what the connecting peer sends),
    /// <c>down</c> (the answers) or <c>both</c>. Default: down, as Toxiproxy's.
    /// </summary>
    [Description("which way it acts: up (the workload's requests; on a peer link, what the connecting peer sends), down (the answers) or both (default: down, as in Toxiproxy)")]
    public ToxicDirection Direction { get; set; } = ToxicDirection.Down;
}
