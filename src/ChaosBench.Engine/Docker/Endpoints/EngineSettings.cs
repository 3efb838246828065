namespace ChaosBench.Engine.Docker.Endpoints;

/// <summary>
/// What endpoint resolution reads: environment variables, the home folder and which sockets exist. Injected, so
/// that tests resolve on made-up environments and config folders and never read the machine's <c>~/.docker</c>.
/// </summary>
public sealed record EngineSettings
{
    /// <summary>An environment variable's value, or null when unset.</summary>
    public required Func<string, string?> Variable { get; init; }

    /// <summary>The user's home folder, where <c>.docker</c> lives unless <c>DOCKER_CONFIG</c> says otherwise.</summary>
    public required string Home { get; init; }

    /// <summary>The rootful engine's socket. Default: <c>/var/run/docker.sock</c>.</summary>
    public string RootfulSocket { get; init; } = "/var/run/docker.sock";

    /// <summary>Rootful Podman's socket. Default: <c>/run/podman/podman.sock</c>.</summary>
    public string PodmanRootSocket { get; init; } = "/run/podman/podman.sock";

    /// <summary>This process's environment and home folder.</summary>
    public static EngineSettings FromProcess() => new()
    {
        Variable = Environment.GetEnvironmentVariable,
        Home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
    };

    /// <summary>The variable's value, or null when it is unset or empty (the docker CLI treats both alike).</summary>
    internal string? Set(string name) => Variable(name) is { Length: > 0 } value ? value : null;

    /// <summary><c>DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    internal string ConfigFolder => Set("DOCKER_CONFIG") ?? Path.Combine(Home, ".docker");
}
