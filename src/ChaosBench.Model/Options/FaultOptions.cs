namespace ChaosBench.Model.Options;

/// <summary>
/// One fault on the timeline: its kind and when, whom it hits, and its parameters. In YAML a fault is
/// <c>- at: 5s</c> plus one key naming the kind: <c>kill: { target: etcd, pick: random, signal: KILL }</c>.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Offset from the workload's start. Required.</summary>
    public TimeSpan? At { get; set; }

    /// <summary>The fault kind (<see cref="FaultKinds"/>). Required.</summary>
    public string? Kind { get; set; }

    /// <summary>A service, one member (<c>etcd-2</c>), or <c>previous</c>: the members the last fault hit. Required.</summary>
    public string? Target { get; set; }

    /// <summary>Which members of a service: <c>random</c> (default, by the seed), <c>all</c>, <c>leader</c>, or a member number.</summary>
    public string? Pick { get; set; }

    /// <summary><c>kill</c>: the signal. Default: KILL.</summary>
    public string? Signal { get; set; }

    /// <summary>
    /// <c>delete-path</c>, <c>bitflip</c>, <c>truncate</c>: the path inside a volume of the (stopped) member; for
    /// bitflip and truncate a directory means a file in it chosen by the seed. <c>torn-write</c>: optionally,
    /// only writes under this path are torn.
    /// </summary>
    public string? Path { get; set; }

    /// <summary><c>version-hop</c>: the image to hop to, e.g. <c>recipe:redis-7.0</c>.</summary>
    public string? To { get; set; }

    /// <summary>Repair the fault after this long (pause → resume, partition → heal, stop/kill → start). Default: at the heal phase.</summary>
    public TimeSpan? For { get; set; }
}
