namespace ChaosBench.Model.Options;

/// <summary>One product in the topology: an image, how many replicas, its volumes and readiness.</summary>
public sealed class ServiceOptions
{
    /// <summary><c>recipe:NAME</c> for an offline-built image, or any image reference. Required, unless the service is <see cref="External"/>.</summary>
    public string? Image { get; set; }

    /// <summary>
    /// A deployment the harness does not run, instead of an image: only HTTP reaches it (the http-kv workload,
    /// http-status, request steps), never a container fault. Default: none.
    /// </summary>
    public ExternalOptions? External { get; set; }

    /// <summary>How many members. Default: 1. Members are named <c>SERVICE-1</c> … when more than one.</summary>
    public int Replicas { get; set; } = 1;

    /// <summary>A cluster kind (<c>etcd</c>) whose names, peer URLs and initial cluster the harness wires. Default: none.</summary>
    public string? Cluster { get; set; }

    /// <summary>Replaces the image's command. Default: the image's (or the cluster kind's) command.</summary>
    public List<string>? Command { get; set; }

    /// <summary>Appended to the command, e.g. <c>[--unsafe-no-fsync]</c>. Default: none.</summary>
    public List<string> Args { get; set; } = [];

    /// <summary>Environment variables. Default: none.</summary>
    public Dictionary<string, string> Env { get; set; } = [];

    /// <summary>Named volumes: name → mount path. Volumes survive kills, restarts and version hops.</summary>
    public Dictionary<string, VolumeOptions> Volumes { get; set; } = [];

    /// <summary>How to tell the service is ready. Default: the cluster kind's probe, else running.</summary>
    public ReadyOptions? Ready { get; set; }

    /// <summary>Replaces the image's entrypoint. Default: the image's.</summary>
    public List<string>? Entrypoint { get; set; }

    /// <summary>Host files or directories mounted into every member. Default: none.</summary>
    public List<BindOptions> Binds { get; set; } = [];

    /// <summary>Paths mounted as memory-backed file systems, optionally with options (<c>/run:size=64m</c>). Default: none.</summary>
    public List<string> Tmpfs { get; set; } = [];

    /// <summary>
    /// The scenario networks the members join, each with extra names neighbours reach them by (the member's own
    /// name always works). Default: none, which means the run's default network.
    /// </summary>
    public Dictionary<string, List<string>> Networks { get; set; } = [];

    /// <summary>
    /// Services started before this one, each with what it must have reached: <c>started</c> or <c>healthy</c>
    /// (its readiness probe passed). Default: none; services without dependencies start together.
    /// </summary>
    public Dictionary<string, string> DependsOn { get; set; } = [];

    /// <summary>
    /// Container ports, e.g. <c>80</c> or <c>53/udp</c>, published on 127.0.0.1 at a port the engine picks (so
    /// parallel runs never collide); the run's timeline says which (<c>published</c>). Default: none.
    /// </summary>
    public List<string> Ports { get; set; } = [];

    /// <summary>Labels on every member's container, next to the harness's own <c>chaosbench.*</c> labels. Default: none.</summary>
    public Dictionary<string, string> Labels { get; set; } = [];

    /// <summary>Env variables marked secret (<c>{ value: ..., secret: true }</c>): redacted like those named like a secret. Default: none.</summary>
    public List<string> SecretEnv { get; set; } = [];

    /// <summary>Linux capabilities added to the members, e.g. <c>NET_ADMIN</c>. Default: none.</summary>
    public List<string> CapAdd { get; set; } = [];

    /// <summary>The user the product runs as (<c>NAME</c>, <c>UID</c> or <c>UID:GID</c>). Default: the image's.</summary>
    public string? User { get; set; }

    /// <summary>The product's working directory. Default: the image's.</summary>
    public string? WorkingDir { get; set; }

    /// <summary>
    /// <c>host</c>: the members share the host's process namespace (Compose <c>pid: host</c>); only with
    /// <c>--allow-host</c> (docs/trust.md). Default: none, each member sees only its own processes.
    /// </summary>
    public string? Pid { get; set; }

    /// <summary>
    /// <c>host</c>: the members run in the host's user namespace even where the engine remaps users (Compose
    /// <c>userns_mode: host</c>); only with <c>--allow-host</c>. Default: none, the engine's setting.
    /// </summary>
    public string? UsernsMode { get; set; }

    /// <summary>
    /// Host devices given to the members, <c>HOST[:CONTAINER[:PERMISSIONS]]</c> as Compose writes them
    /// (<c>/dev/fuse</c>, <c>/dev/sdb:/dev/xvdb:rw</c>); only with <c>--allow-host</c>. Default: none.
    /// </summary>
    public List<string> Devices { get; set; } = [];

    /// <summary>
    /// Command, args, env values and readiness are taken as written: no member placeholders (<c>{self}</c> …) are
    /// expanded or checked. Default: false; true for a Compose file's services, which Compose runs as written.
    /// </summary>
    public bool Verbatim { get; set; }
}
