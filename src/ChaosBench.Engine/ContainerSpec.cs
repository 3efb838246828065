namespace ChaosBench.Engine;

/// <summary>What to create: everything the harness sets on a container, nothing more.</summary>
public sealed record ContainerSpec
{
    /// <summary>Image reference or id.</summary>
    public required string Image { get; init; }

    /// <summary>Container name; the engine picks one when null.</summary>
    public string? Name { get; init; }

    public string? Hostname { get; init; }

    /// <summary>Arguments to the entrypoint (the image's CMD when null).</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>Replaces the image's entrypoint when set.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Host paths bind-mounted into the container.</summary>
    public IReadOnlyList<Mount> Binds { get; init; } = [];

    /// <summary>Named volumes mounted into the container.</summary>
    public IReadOnlyList<Mount> Volumes { get; init; } = [];

    /// <summary>Networks to join, each with the aliases neighbours use to reach this container.</summary>
    public IReadOnlyList<NetworkAttachment> Networks { get; init; } = [];

    /// <summary>
    /// Another container's network namespace to share (<c>container:ID</c>) instead of joining <see cref="Networks"/>:
    /// how a helper reaches a member's network stack. Default: null, the first of <see cref="Networks"/>.
    /// </summary>
    public string? NetworkMode { get; init; }

    /// <summary>
    /// Extra lines of the container's <c>/etc/hosts</c>, <c>NAME:ADDRESS</c> (Compose's <c>extra_hosts</c>): how a member
    /// reaches a peer through the harness's link proxy under the peer's link alias. Default: none.
    /// </summary>
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Linux capabilities to add, e.g. <c>NET_ADMIN</c> for a partition made with iptables.</summary>
    public IReadOnlyList<string> CapAdd { get; init; } = [];

    /// <summary><c>host</c> to share the host's process namespace. Default: null, the container's own.</summary>
    public string? PidMode { get; init; }

    /// <summary><c>host</c> to run in the host's user namespace where the engine remaps users. Default: null, the engine's setting.</summary>
    public string? UsernsMode { get; init; }

    /// <summary>Host devices, <c>HOST[:CONTAINER[:PERMISSIONS]]</c> (the container's path defaults to the host's, permissions to <c>rwm</c>). Default: none.</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <summary>Runs a tiny init as PID 1 so signals reach the product and zombies are reaped. Default: true.</summary>
    public bool Init { get; init; } = true;

    /// <summary>Memory-backed mounts: path → mount options (empty for the defaults).</summary>
    public IReadOnlyDictionary<string, string> Tmpfs { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Container ports (<c>80/tcp</c>) published on 127.0.0.1 only, each at a host port the engine picks: never on
    /// another address, and never a fixed port two parallel runs would both want.
    /// </summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    public string? User { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>The signal a stop sends (<see cref="ImageInfo.StopSignal"/> for a product's image). Default: the image's <c>STOPSIGNAL</c>, else SIGTERM.</summary>
    public string? StopSignal { get; init; }
}

/// <summary>A bind (host path) or named volume mounted at <paramref name="Target"/>.</summary>
public sealed record Mount(string Source, string Target, bool ReadOnly = false);

/// <summary>A network to join and the names this container answers to on it.</summary>
public sealed record NetworkAttachment(string Network, IReadOnlyList<string> Aliases);
