using System.Runtime.CompilerServices;
using Docker.DotNet.Models;

namespace ChaosBench.Engine.Docker;

/// <summary>The container and exec operations, through the library's containers and exec endpoints.</summary>
internal sealed class DockerContainers(EngineCalls calls, INetworkOperations networks) : IContainerOperations
{
    public async Task<string> CreateAsync(ContainerSpec spec, CancellationToken ct)
    {
        var created = await calls.RunAsync($"create container from {spec.Image}", false, (d, c) => d.Containers.CreateContainerAsync(ContainerParameters.From(spec), c), ct);

        // The create call joins only one network; the others are joined before start.
        foreach (var extra in spec.Networks.Skip(1))
        {
            await networks.ConnectAsync(extra.Network, created.ID, extra.Aliases, ct);
        }

        return created.ID;
    }

    public Task StartAsync(string id, CancellationToken ct) =>
        calls.RunAsync($"start container {id}", false, (d, c) => d.Containers.StartContainerAsync(id, null, c), ct);

    public Task StopAsync(string id, TimeSpan timeout, CancellationToken ct) =>
        calls.RunAsync($"stop container {id}", false, (d, c) => d.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = Seconds(timeout) }, c), ct, waits: timeout);

    public Task KillAsync(string id, string signal, CancellationToken ct) =>
        calls.RunAsync($"kill container {id} with {signal}", false, (d, c) => d.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = signal }, c), ct);

    public Task RestartAsync(string id, TimeSpan timeout, CancellationToken ct) =>
        calls.RunAsync($"restart container {id}", false, (d, c) => d.Containers.RestartContainerAsync(id, new ContainerRestartParameters { WaitBeforeKillSeconds = Seconds(timeout) }, c), ct, waits: timeout);

    public Task PauseAsync(string id, CancellationToken ct) =>
        calls.RunAsync($"pause container {id}", false, (d, c) => d.Containers.PauseContainerAsync(id, c), ct);

    public Task UnpauseAsync(string id, CancellationToken ct) =>
        calls.RunAsync($"unpause container {id}", false, (d, c) => d.Containers.UnpauseContainerAsync(id, c), ct);

    /// <summary>Lasts as long as the container runs: watched, not timed (the engine's default condition is not-running).</summary>
    public async Task<long> WaitAsync(string id, CancellationToken ct) =>
        (await calls.WatchedAsync($"wait for container {id}", false, (d, c) => d.Containers.WaitContainerAsync(id, c), ct)).StatusCode;

    public async Task<ContainerInfo> InspectAsync(string id, CancellationToken ct)
    {
        var c = await calls.RunAsync($"inspect container {id}", true, (d, t) => d.Containers.InspectContainerAsync(id, t), ct);
        var s = c.State ?? new State();
        var state = new ContainerState(s.Status, s.Running, s.Paused, s.ExitCode, (int)s.Pid, DockerJson.Time(s.StartedAt), DockerJson.Time(s.FinishedAt), s.OOMKilled);
        var addresses = (c.NetworkSettings?.Networks ?? new Dictionary<string, EndpointSettings>()).ToDictionary(n => n.Key, n => n.Value?.IPAddress ?? string.Empty, StringComparer.Ordinal);
        var published = (c.NetworkSettings?.Ports ?? new Dictionary<string, IList<PortBinding>>())
            .Where(p => p.Value is { Count: > 0 })
            .ToDictionary(p => p.Key, p => $"{p.Value[0].HostIP}:{p.Value[0].HostPort}", StringComparer.Ordinal);
        return new ContainerInfo(c.ID, c.Name.TrimStart('/'), c.Image, state, Map(c.Config?.Labels), addresses) { PublishedPorts = published };
    }

    public async Task<IReadOnlyList<ContainerInfo>> ListAsync(string label, CancellationToken ct)
    {
        var list = await calls.RunAsync($"list containers labelled {label}", true, (d, c) => d.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = DockerJson.LabelFilter(label) }, c), ct);
        return list.Select(c =>
        {
            var state = new ContainerState(c.State, c.State == "running", c.State == "paused", 0, 0, null, null, false);
            return new ContainerInfo(c.ID, c.Names is { Count: > 0 } names ? names[0].TrimStart('/') : string.Empty, c.Image, state, Map(c.Labels), new Dictionary<string, string>());
        }).ToList();
    }

    /// <summary>Opening is timed; reading is watched, so a frozen engine ends even a followed stream (Ctrl-C always does).</summary>
    public async IAsyncEnumerable<LogLine> LogsAsync(string id, bool follow, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken ct)
    {
        var operation = $"logs of container {id}";
        var parameters = new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Timestamps = true, Follow = follow, Since = since is { } s ? DockerJson.UnixSeconds(s) : null };
        using var output = await calls.RunAsync(operation, true, (d, c) => d.Containers.GetContainerLogsAsync(id, parameters, c), ct);
        var read = MultiplexedOutput.Of(output);
        await foreach (var line in MultiplexedOutput.ReadLinesAsync((buffer, c) => calls.StepAsync(operation, t => read(buffer, t), c), ct))
        {
            yield return line;
        }
    }

    public async Task<ExecResult> ExecAsync(string id, IReadOnlyList<string> command, CancellationToken ct)
    {
        var operation = $"exec '{string.Join(' ', command)}' in container {id}";
        var created = await calls.RunAsync(operation, false, (d, c) => d.Exec.CreateContainerExecAsync(id, new ContainerExecCreateParameters { AttachStdout = true, AttachStderr = true, Cmd = command.ToList() }, c), ct);
        using var output = await calls.RunAsync(operation, false, (d, c) => d.Exec.StartContainerExecAsync(created.ID, new ContainerExecStartParameters { Detach = false, TTY = false }, c), ct);
        var read = MultiplexedOutput.Of(output);
        var (stdout, stderr) = await MultiplexedOutput.ReadAllAsync((buffer, c) => calls.StepAsync(operation, t => read(buffer, t), c), ct);
        var inspected = await calls.RunAsync(operation, true, (d, c) => d.Exec.InspectContainerExecAsync(created.ID, c), ct);
        return new ExecResult(inspected.ExitCode ?? 0, stdout, stderr);
    }

    public Task CopyInAsync(string id, string containerDirectory, Stream archive, CancellationToken ct) =>
        calls.UploadAsync($"copy into {id}:{containerDirectory}", (d, c) => d.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = containerDirectory }, archive, c), ct);

    public async Task<Stream> CopyOutAsync(string id, string containerPath, CancellationToken ct)
    {
        var operation = $"copy out of {id}:{containerPath}";
        var archive = await calls.RunAsync(operation, true, (d, c) => d.Containers.GetArchiveFromContainerAsync(id, new ContainerPathStatParameters { Path = containerPath }, false, c), ct);
        await using var body = archive.Stream ?? throw new EngineException($"{operation}: the engine answered without an archive");
        var copy = new MemoryStream();
        await StreamCopy.ToAsync(calls, operation, body, copy, ct);
        copy.Position = 0;
        return copy;
    }

    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        try
        {
            await calls.RunAsync($"remove container {id}", true, (d, c) => d.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, c), ct);
        }
        catch (EngineNotFoundException)
        {
        }
        catch (EngineConflictException e) when (e.EngineMessage.Contains("already in progress", StringComparison.Ordinal))
        {
        }
    }

    private static Dictionary<string, string> Map(IDictionary<string, string>? labels) => new(labels ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    private static uint Seconds(TimeSpan t) => (uint)Math.Ceiling(t.TotalSeconds);
}
