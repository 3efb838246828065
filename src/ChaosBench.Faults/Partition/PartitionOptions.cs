using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Partition;

/// <summary>
/// <c>partition: { target: etcd-2, for: 3s }</c> cuts the members off from every network;
/// <c>partition: { between: [[etcd-1], [etcd-2, etcd-3]] }</c>, <c>partition: { target: etcd, shape: isolate-leader }</c>
/// and <c>partition: { from: etcd-1, to: etcd-2 }</c> draw iptables DROP rules in the members' network namespaces instead.
/// </summary>
public sealed class PartitionOptions : TargetOptions
{
    /// <summary>Sides cut from each other both ways, members by name; no <c>target</c> then. Default: none.</summary>
    [Description("sides cut from each other both ways, members by name, e.g. [[etcd-1], [etcd-2, etcd-3]]; no target then")]
    public List<List<string>>? Between { get; set; }

    /// <summary>A shape over the target service's members, drawn at run time. Default: none.</summary>
    [Description("a shape over the target service's members: majority-minority, halves, isolate-leader (a cluster kind that names its leader), bridge or ring")]
    public PartitionShapeName? Shape { get; set; }

    /// <summary>One way: the member whose packets to <see cref="To"/> are dropped; no <c>target</c> then. Default: none.</summary>
    [Description("one way: the member whose packets to 'to' are dropped (the other way they arrive); no target then")]
    public string? From { get; set; }

    /// <summary>One way: the member that no longer hears <see cref="From"/>. Default: none.</summary>
    [Description("one way: the member that no longer hears 'from'")]
    public string? To { get; set; }

    /// <summary>Whether the rules are drawn with iptables (any of between, shape, from/to) rather than the networks disconnected.</summary>
    internal bool Drawn => Between is not null || Shape is not null || From is not null || To is not null;
}
