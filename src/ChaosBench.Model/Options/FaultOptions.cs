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

    /// <summary>
    /// Any kind aimed at members: wait from <see cref="At"/> until a new line of the member's log matches this
    /// regular expression, then act (kill a product while it replays its log). Default: act at once.
    /// </summary>
    public string? WhenLog { get; set; }

    /// <summary><c>start</c>: arguments appended to the member's command; the container is recreated with them, its volumes kept. Default: none.</summary>
    public List<string> Args { get; set; } = [];

    /// <summary><c>start</c>: the member may fail to get ready (a start the product must refuse); recorded, not an error. Default: false.</summary>
    public bool? MayFail { get; set; }

    /// <summary><c>exec</c>: the command run in the member. Required.</summary>
    public List<string>? Command { get; set; }

    /// <summary><c>exec</c>: the exit code that must come back, or <c>any</c> to only record it. Default: 0.</summary>
    public string? Exit { get; set; }

    /// <summary><c>exec</c>: a regular expression the output must match; <c>request</c>: the answer's body. Default: none.</summary>
    public string? Match { get; set; }

    /// <summary>
    /// <c>exec</c>, <c>request</c>: values to keep for later steps, by name: a JSON pointer (<c>/result/peer_id</c>)
    /// into a request's JSON answer, or a regular expression over the output or body whose first group (or whole
    /// match) is kept. Later steps write <c>{NAME}</c>; every value is recorded. Default: none.
    /// </summary>
    public Dictionary<string, string> Save { get; set; } = [];

    /// <summary><c>exec</c>, <c>request</c>: keep trying until the step holds, for at most this long. Default: try once.</summary>
    public TimeSpan? Within { get; set; }

    /// <summary><c>request</c>: the URL; its host is <c>{SERVICE}</c> or <c>{MEMBER}</c>. Required.</summary>
    public string? Url { get; set; }

    /// <summary><c>request</c>: GET, PUT, POST, PATCH, DELETE or HEAD. Default: GET.</summary>
    public string? Method { get; set; }

    /// <summary><c>request</c>: the body, sent as JSON when it starts with '{' or '[' and as text otherwise. Default: none.</summary>
    public string? Body { get; set; }

    /// <summary><c>request</c>: request headers, e.g. <c>{ Authorization: "Basic ..." }</c>. Default: none.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary><c>request</c>: the statuses that must come back. Default: any 2xx.</summary>
    public List<int> Status { get; set; } = [];
}
