using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>A Docker-compatible engine reached over its documented REST API.</summary>
public sealed class DockerEngine : IContainerEngine
{
    private readonly DockerTransport _transport;

    /// <summary>An engine at <paramref name="endpoint"/>, or at <c>DOCKER_HOST</c> / the local socket when null.</summary>
    /// <param name="endpoint">Where it listens; default: <c>DOCKER_HOST</c>, else <c>unix:///var/run/docker.sock</c>.</param>
    /// <param name="isLocal">Whether it runs on this machine; default: <c>CHAOSBENCH_ENGINE_LOCAL</c> when set, else whether <paramref name="endpoint"/> is a unix socket.</param>
    public DockerEngine(Uri? endpoint = null, bool? isLocal = null)
    {
        _transport = new DockerTransport(endpoint ?? DockerEndpoint.FromEnvironment());
        IsLocal = isLocal ?? DockerEndpoint.IsLocal(_transport.Endpoint, Environment.GetEnvironmentVariable(DockerEndpoint.LocalVariable));
        Networks = new DockerNetworks(_transport);
        Containers = new DockerContainers(_transport, Networks);
        Images = new DockerImages(_transport);
        Volumes = new DockerVolumes(_transport);
    }

    /// <summary>Parses a <c>DOCKER_HOST</c> value (<c>unix://</c> or <c>tcp://</c>).</summary>
    public static Uri ParseEndpoint(string? dockerHost) => DockerEndpoint.Parse(dockerHost);

    public Uri Endpoint => _transport.Endpoint;

    public bool IsLocal { get; }

    public IContainerOperations Containers { get; }

    public IImageOperations Images { get; }

    public INetworkOperations Networks { get; }

    public IVolumeOperations Volumes { get; }

    public Task PingAsync(CancellationToken ct = default) => _transport.PingAsync(ct);

    public async Task<EngineVersion> VersionAsync(CancellationToken ct = default)
    {
        var v = await _transport.GetJsonAsync("version", "/version", ct);
        return new EngineVersion(v.Str("Version"), v.Str("ApiVersion"), v.Str("MinAPIVersion"), v.Str("KernelVersion"), v.Str("Os"));
    }

    public async Task<EngineInfo> InfoAsync(CancellationToken ct = default)
    {
        var i = await _transport.GetJsonAsync("info", "/info", ct);
        return new EngineInfo(i.Str("Driver"), i.Str("CgroupVersion"), i.Str("CgroupDriver"), (int)i.Long("Containers"), (int)i.Long("Images"), i.Str("DockerRootDir"));
    }

    public async IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = $"filters={DockerJson.EventFilters(filter)}"
            + (filter.Since is { } since ? $"&since={DockerJson.UnixSeconds(since)}" : string.Empty)
            + (filter.Until is { } until ? $"&until={DockerJson.UnixSeconds(until)}" : string.Empty);
        using var response = await _transport.StreamAsync("events", HttpMethod.Get, $"/events?{query}", ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var reader = new StreamReader(body);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var e = JsonNode.Parse(line);
            var actor = e?["Actor"];
            yield return new EngineEvent(
                e.Str("Type"), e.Str("Action"), actor.Str("ID"), actor.Map("Attributes"),
                DateTimeOffset.FromUnixTimeMilliseconds(e.Long("timeNano") / 1_000_000));
        }
    }

    public void Dispose() => _transport.Dispose();
}
