namespace ChaosBench.Engine;

/// <summary>What inspect says about a container.</summary>
public sealed record ContainerInfo(
    string Id,
    string Name,
    string Image,
    ContainerState State,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> NetworkAddresses)
{
    /// <summary>Published ports: container port (<c>80/tcp</c>) → <c>127.0.0.1:HOSTPORT</c>.</summary>
    public IReadOnlyDictionary<string, string> PublishedPorts { get; init; } = new Dictionary<string, string>();
}

/// <summary>The container's process state as the engine reports it.</summary>
public sealed record ContainerState(
    string Status,
    bool Running,
    bool Paused,
    long ExitCode,
    int Pid,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    bool OomKilled);
