using System.ComponentModel;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// The options of a kind that acts on members: whom it hits. A kind's options derive from this to be aimed with
/// <c>target</c> and <c>pick</c>; the planner, the validator and the timeline then resolve the members alike.
/// </summary>
public abstract class TargetOptions
{
    /// <summary>The target meaning "the members the previous fault hit".</summary>
    public const string Previous = "previous";

    /// <summary>The pick meaning "every member, one at a time, each ready (and its cluster healthy) before the next": a rolling upgrade.</summary>
    public const string Rolling = "rolling";

    /// <summary>A service, a group, one member (<c>etcd-2</c>), or <c>previous</c>: the members the last fault hit. Required.</summary>
    [Description("a service (etcd), one member (etcd-2), a group, or previous: the members the previous fault hit")]
    public string? Target { get; set; }

    /// <summary>
    /// Which members of a service: <c>random</c> (by the seed), <c>all</c>, <c>leader</c>, a member number, or
    /// <c>rolling</c> (every member one at a time, for kinds that <see cref="IFaultKind.Rolls"/>). Default: random.
    /// </summary>
    [Description("which members of a service: random (by the seed), all, leader, a member number, or rolling: all, one at a time, each ready before the next (kinds that replace members)")]
    [PickValue]
    public string Pick { get; set; } = "random";
}
