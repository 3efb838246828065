using System.ComponentModel;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links;

/// <summary>
/// What every client-link fault takes: <c>target</c>, the service (each of its members' links) or the member whose
/// link from the workload it shapes, and <c>direction</c>. A link fault hits every member of its target at once, so
/// <c>pick</c> does not apply.
/// </summary>
public abstract class LinkOptions : TargetOptions
{
    /// <summary>Which way it acts: <c>up</c> (the workload's requests), <c>down</c> (the answers) or <c>both</c>. Default: down, as Toxiproxy's.</summary>
    [Description("which way it acts: up (the workload's requests), down (the answers) or both (default: down, as in Toxiproxy)")]
    public ToxicDirection Direction { get; set; } = ToxicDirection.Down;
}
