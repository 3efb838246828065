using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>The <c>/containers</c> and <c>/exec</c> endpoints.</summary>
internal sealed class DockerContainers(DockerTransport transport, INetworkOperations networks) : IContainerOperations
{
    public async Task<string> CreateAsync(ContainerSpec spec, CancellationToken ct)
    {
        var name = spec.Name is null ? string.Empty : $"?name={Uri.EscapeDataString(spec.Name)}";
        var created = await transport.PostJsonAsync($"create container from {spec.Image}", $"/containers/create{name}", ContainerBody.From(spec), ct);
        var id = created.Str("Id");

        // The create call joins only one network; the others are joined before start.
        foreach (var extra in spec.Networks.Skip(1))
        {
            await networks.ConnectAsync(extra.Network, id, extra.Aliases, ct);
        }

        return id;
    }

    public Task StartAsync(string id, CancellationToken ct) =>
        transport.SendAsync($"start container {id}", HttpMethod.Post, $"/containers/{id}/start", ct);

    public Task StopAsync(string id, TimeSpan timeout, CancellationToken ct) =>
        transport.SendAsync($"stop container {id}", HttpMethod.Post, $"/containers/{id}/stop?t={Seconds(timeout)}", ct, waits: timeout);

    public Task KillAsync(string id, string signal, CancellationToken ct) =>
        transport.SendAsync($"kill container {id} with {signal}", HttpMethod.Post, $"/containers/{id}/kill?signal={Uri.EscapeDataString(signal)}", ct);

    public Task RestartAsync(string id, TimeSpan timeout, CancellationToken ct) =>
        transport.SendAsync($"restart container {id}", HttpMethod.Post, $"/containers/{id}/restart?t={Seconds(timeout)}", ct, waits: timeout);

    public Task PauseAsync(string id, CancellationToken ct) =>
        transport.SendAsync($"pause container {id}", HttpMethod.Post, $"/containers/{id}/pause", ct);

    public Task UnpauseAsync(string id, CancellationToken ct) =>
        transport.SendAsync($"unpause container {id}", HttpMethod.Post, $"/containers/{id}/unpause", ct);

    public async Task<long> WaitAsync(string id, CancellationToken ct)
    {
        var result = await transport.PostJsonAsync($"wait for container {id}", $"/containers/{id}/wait?condition=not-running", null, ct, untimed: true);
        return result.Long("StatusCode");
    }

    public async Task<ContainerInfo> InspectAsync(string id, CancellationToken ct)
    {
        var c = await transport.GetJsonAsync($"inspect container {id}", $"/containers/{id}/json", ct);
        var s = c?["State"];
        var state = new ContainerState(
            s.Str("Status"), s.Bool("Running"), s.Bool("Paused"), s.Long("ExitCode"), (int)s.Long("Pid"),
            s.Time("StartedAt"), s.Time("FinishedAt"), s.Bool("OOMKilled"));
        var addresses = c?["NetworkSettings"]?["Networks"] is JsonObject networks
            ? networks.ToDictionary(n => n.Key, n => n.Value.Str("IPAddress"), StringComparer.Ordinal)
            : new Dictionary<string, string>();
        var published = c?["NetworkSettings"]?["Ports"] is JsonObject ports
            ? ports.Where(p => p.Value is JsonArray { Count: > 0 }).ToDictionary(p => p.Key, p => $"{p.Value![0].Str("HostIp")}:{p.Value![0].Str("HostPort")}", StringComparer.Ordinal)
            : new Dictionary<string, string>();
        return new ContainerInfo(c.Str("Id"), c.Str("Name").TrimStart('/'), c.Str("Image"), state, (c?["Config"]).Map("Labels"), addresses) { PublishedPorts = published };
    }

    public async Task<IReadOnlyList<ContainerInfo>> ListAsync(string label, CancellationToken ct)
    {
        var list = await transport.GetJsonAsync($"list containers labelled {label}", $"/containers/json?all=true&filters={DockerJson.LabelFilter(label)}", ct);
        return (list as JsonArray ?? []).Select(c =>
        {
            var status = c.Str("State");
            var state = new ContainerState(status, status == "running", status == "paused", 0, 0, null, null, false);
            var name = c?["Names"] is JsonArray names && names.Count > 0 ? names[0]!.ToString().TrimStart('/') : string.Empty;
            return new ContainerInfo(c.Str("Id"), name, c.Str("Image"), state, c.Map("Labels"), new Dictionary<string, string>());
        }).ToList();
    }

    public async IAsyncEnumerable<LogLine> LogsAsync(string id, bool follow, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = $"stdout=true&stderr=true&timestamps=true&follow={(follow ? "true" : "false")}";
        if (since is { } s)
        {
            query += $"&since={s.ToUnixTimeMilliseconds() / 1000.0:0.000}";
        }

        using var response = await transport.StreamAsync($"logs of container {id}", HttpMethod.Get, $"/containers/{id}/logs?{query}", ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        await foreach (var line in MultiplexedStream.ReadLinesAsync(body, ct))
        {
            yield return line;
        }
    }

    public async Task<ExecResult> ExecAsync(string id, IReadOnlyList<string> command, CancellationToken ct)
    {
        var operation = $"exec '{string.Join(' ', command)}' in container {id}";
        var created = await transport.PostJsonAsync(operation, $"/containers/{id}/exec", new { AttachStdout = true, AttachStderr = true, Cmd = command }, ct);
        var execId = created.Str("Id");
        using var response = await transport.StreamAsync(
            operation, HttpMethod.Post, $"/exec/{execId}/start", ct, () => System.Net.Http.Json.JsonContent.Create(new { Detach = false, Tty = false }));
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var (stdout, stderr) = await MultiplexedStream.ReadAllAsync(body, ct);
        var inspected = await transport.GetJsonAsync(operation, $"/exec/{execId}/json", ct);
        return new ExecResult(inspected.Long("ExitCode"), stdout, stderr);
    }

    public async Task CopyInAsync(string id, string containerDirectory, Stream archive, CancellationToken ct)
    {
        var content = new StreamContent(archive);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await transport.UploadAsync($"copy into {id}:{containerDirectory}", HttpMethod.Put, $"/containers/{id}/archive?path={Uri.EscapeDataString(containerDirectory)}", content, ct);
    }

    public async Task<Stream> CopyOutAsync(string id, string containerPath, CancellationToken ct)
    {
        using var response = await transport.StreamAsync($"copy out of {id}:{containerPath}", HttpMethod.Get, $"/containers/{id}/archive?path={Uri.EscapeDataString(containerPath)}", ct);
        var copy = new MemoryStream();
        await response.Content.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }

    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync($"remove container {id}", HttpMethod.Delete, $"/containers/{id}?force=true&v=true", ct);
        }
        catch (EngineNotFoundException)
        {
        }
        catch (EngineConflictException e) when (e.EngineMessage.Contains("already in progress", StringComparison.Ordinal))
        {
        }
    }

    private static long Seconds(TimeSpan t) => (long)Math.Ceiling(t.TotalSeconds);
}
