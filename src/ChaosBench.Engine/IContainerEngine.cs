namespace ChaosBench.Engine;

/// <summary>
/// The one door to a container engine. Faults, the runner and the image builder see the engine only
/// through this interface; only <see cref="Docker.DockerEngine"/> knows HTTP.
/// </summary>
public interface IContainerEngine : IDisposable
{
    /// <summary>Where the engine lives, e.g. <c>unix:///var/run/docker.sock</c>.</summary>
    Uri Endpoint { get; }

    /// <summary>
    /// Whether the engine runs on this machine, so that paths it reports (a volume's directory) are paths here.
    /// Only the power-loss layer needs that; everything else goes through the engine's API.
    /// </summary>
    bool IsLocal { get; }

    /// <summary>Containers: create, start, signal, pause, exec, copy, logs.</summary>
    IContainerOperations Containers { get; }

    /// <summary>Images: inspect, list, import, tag, remove.</summary>
    IImageOperations Images { get; }

    /// <summary>Networks: create, connect, disconnect, remove.</summary>
    INetworkOperations Networks { get; }

    /// <summary>Named volumes: create, list, remove.</summary>
    IVolumeOperations Volumes { get; }

    /// <summary>Answers when the engine is up; throws <see cref="EngineUnavailableException"/> otherwise.</summary>
    Task PingAsync(CancellationToken ct = default);

    /// <summary>Engine and API versions, kernel, operating system.</summary>
    Task<EngineVersion> VersionAsync(CancellationToken ct = default);

    /// <summary>Storage driver, cgroup version, counts.</summary>
    Task<EngineInfo> InfoAsync(CancellationToken ct = default);

    /// <summary>Engine events that match <paramref name="filter"/>, oldest first.</summary>
    IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, CancellationToken ct = default);
}
