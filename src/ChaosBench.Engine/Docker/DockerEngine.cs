using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ChaosBench.Engine.Docker.Endpoints;
using Docker.DotNet;
using Docker.DotNet.Models;
using Version = System.Version;

namespace ChaosBench.Engine.Docker;

/// <summary>A Docker-compatible engine (Docker 20.10 and newer, Podman's Docker API) reached through Docker.DotNet.</summary>
public sealed class DockerEngine : IContainerEngine
{
    private readonly EngineCalls _calls;

    /// <summary>An engine at <paramref name="endpoint"/>, or the one <see cref="EndpointResolver"/> finds when null.</summary>
    /// <param name="endpoint">Where it listens; default: resolved as the docker CLI does (<c>DOCKER_HOST</c>, contexts, sockets).</param>
    /// <param name="isLocal">Whether it runs on this machine; default: <c>CHAOSBENCH_ENGINE_LOCAL</c> when set, else whether it is reached by a unix socket.</param>
    public DockerEngine(Uri? endpoint = null, bool? isLocal = null)
        : this(endpoint is null ? EndpointResolver.Resolve() : EngineEndpoint.Given(DockerEndpoint.Parse(endpoint.ToString())), isLocal)
    {
    }

    /// <summary>An engine at a resolved <paramref name="endpoint"/>, with its TLS material if any.</summary>
    public DockerEngine(EngineEndpoint endpoint, bool? isLocal = null)
        : this(endpoint, isLocal, new EngineCallOptions(), api => DockerClients.Create(endpoint, api))
    {
    }

    /// <summary>An engine whose clients <paramref name="create"/> makes (a test's stand-in transport).</summary>
    internal DockerEngine(EngineEndpoint endpoint, bool? isLocal, EngineCallOptions options, Func<Version?, DockerClient> create)
    {
        Resolved = endpoint;
        _calls = new EngineCalls(endpoint.Address, options, create);
        IsLocal = isLocal ?? DockerEndpoint.IsLocal(endpoint.Address, Environment.GetEnvironmentVariable(DockerEndpoint.LocalVariable));
        Networks = new DockerNetworks(_calls);
        Containers = new DockerContainers(_calls, Networks);
        Images = new DockerImages(_calls);
        Volumes = new DockerVolumes(_calls);
    }

    /// <summary>Where the engine is and why that one.</summary>
    public EngineEndpoint Resolved { get; }

    public Uri Endpoint => Resolved.Address;

    public bool IsLocal { get; }

    public IContainerOperations Containers { get; }

    public IImageOperations Images { get; }

    public INetworkOperations Networks { get; }

    public IVolumeOperations Volumes { get; }

    public Task PingAsync(CancellationToken ct = default) => _calls.PingAsync(ct);

    /// <summary>The engine's versions; <see cref="EngineVersion.ApiVersion"/> is the negotiated one, which every later call speaks.</summary>
    public async Task<EngineVersion> VersionAsync(CancellationToken ct = default)
    {
        var (v, api) = await _calls.VersionAsync(ct);
        return new EngineVersion(v.Version, ApiVersions.Text(api), v.MinAPIVersion ?? string.Empty, v.KernelVersion ?? string.Empty, v.Os)
        {
            EngineApiVersion = v.APIVersion,
        };
    }

    public async Task<EngineInfo> InfoAsync(CancellationToken ct = default)
    {
        var i = await _calls.RunAsync("info", true, (d, c) => d.System.GetSystemInfoAsync(c), ct);
        return new EngineInfo(i.Driver, i.CgroupVersion ?? string.Empty, i.CgroupDriver, (int)i.Containers, (int)i.Images, i.DockerRootDir);
    }

    /// <summary>
    /// Followed until cancelled (or until <see cref="EventFilter.Until"/>). Watched as a whole: a quiet stream is fine,
    /// a frozen engine ends it. Not retried: a stream that broke means the engine went away, which the caller reports.
    /// </summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var parameters = new ContainerEventsParameters
        {
            Filters = DockerJson.EventFilters(filter),
            Since = filter.Since is { } since ? DockerJson.UnixSeconds(since) : null,
            Until = filter.Until is { } until ? DockerJson.UnixSeconds(until) : null,
        };
        var events = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var monitor = _calls.WatchedAsync("events", false, async (d, c) =>
        {
            await d.System.MonitorEventsAsync(parameters, new ChannelProgress(events.Writer), c);
            return true;
        }, stop.Token);
        _ = monitor.ContinueWith(t => events.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        try
        {
            await foreach (var e in events.Reader.ReadAllAsync(ct))
            {
                yield return new EngineEvent(
                    e.Type, e.Action, e.Actor?.ID ?? string.Empty, new Dictionary<string, string>(e.Actor?.Attributes ?? new Dictionary<string, string>(), StringComparer.Ordinal),
                    DateTimeOffset.FromUnixTimeMilliseconds((e.TimeNano ?? 0) / 1_000_000));
            }
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    public void Dispose() => _calls.Dispose();

    /// <summary>Hands each event the library reads, on its own thread, to the reader.</summary>
    private sealed class ChannelProgress(ChannelWriter<Message> writer) : IProgress<Message>
    {
        public void Report(Message value) => writer.TryWrite(value);
    }
}
