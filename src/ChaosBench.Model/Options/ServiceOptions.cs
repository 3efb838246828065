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
}
