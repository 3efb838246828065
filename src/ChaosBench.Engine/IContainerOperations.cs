namespace ChaosBench.Engine;

/// <summary>Container lifecycle, signals, exec, files and logs.</summary>
public interface IContainerOperations
{
    /// <summary>Creates (does not start) a container; returns its id.</summary>
    Task<string> CreateAsync(ContainerSpec spec, CancellationToken ct = default);

    Task StartAsync(string id, CancellationToken ct = default);

    /// <summary>SIGTERM, then SIGKILL after <paramref name="timeout"/>.</summary>
    Task StopAsync(string id, TimeSpan timeout, CancellationToken ct = default);

    /// <summary>Sends <paramref name="signal"/> (e.g. <c>KILL</c>, <c>TERM</c>, <c>SIGSTOP</c>) to the container's main process.</summary>
    Task KillAsync(string id, string signal = "KILL", CancellationToken ct = default);

    Task RestartAsync(string id, TimeSpan timeout, CancellationToken ct = default);

    /// <summary>Freezes every process of the container (cgroup freezer).</summary>
    Task PauseAsync(string id, CancellationToken ct = default);

    Task UnpauseAsync(string id, CancellationToken ct = default);

    /// <summary>Waits until the container is not running; returns its exit code.</summary>
    Task<long> WaitAsync(string id, CancellationToken ct = default);

    Task<ContainerInfo> InspectAsync(string id, CancellationToken ct = default);

    /// <summary>Containers (running or not) carrying <paramref name="label"/> (<c>key</c> or <c>key=value</c>).</summary>
    Task<IReadOnlyList<ContainerInfo>> ListAsync(string label, CancellationToken ct = default);

    /// <summary>Log lines, stdout and stderr told apart; with <paramref name="follow"/> the stream stays open until the container stops.</summary>
    IAsyncEnumerable<LogLine> LogsAsync(string id, bool follow = false, DateTimeOffset? since = null, CancellationToken ct = default);

    /// <summary>Runs a command in a running container and collects its output and exit code.</summary>
    Task<ExecResult> ExecAsync(string id, IReadOnlyList<string> command, CancellationToken ct = default);

    /// <summary>Unpacks the tar <paramref name="archive"/> into directory <paramref name="containerDirectory"/>.</summary>
    Task CopyInAsync(string id, string containerDirectory, Stream archive, CancellationToken ct = default);

    /// <summary>A tar of <paramref name="containerPath"/> (a file or a directory).</summary>
    Task<Stream> CopyOutAsync(string id, string containerPath, CancellationToken ct = default);

    /// <summary>Removes the container, forcibly, with its anonymous volumes. Missing containers are fine.</summary>
    Task RemoveAsync(string id, CancellationToken ct = default);
}
