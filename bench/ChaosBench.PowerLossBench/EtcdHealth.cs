using ChaosBench.Engine;

namespace ChaosBench.PowerLossBench;

/// <summary>Waits for etcd's <c>/health</c> to say <c>"health":"true"</c>; a node that exits or stays unhealthy fails with its log tail.</summary>
internal static class EtcdHealth
{
    // No proxy: the bench talks only to containers on its own network.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(1) };

    public static async Task WaitAsync(IContainerEngine engine, EtcdNode node, TimeSpan within, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await IsHealthyAsync(node, ct))
            {
                return;
            }

            if ((await engine.Containers.InspectAsync(node.ContainerId, ct)).State.Status is "exited" or "dead")
            {
                throw new BenchFailedException($"{node.Variant}: etcd exited before it was ready; its log ends:\n{await TailAsync(engine, node, ct)}");
            }

            await Task.Delay(100, ct);
        }

        throw new BenchFailedException($"{node.Variant}: etcd was not healthy at {node.Endpoint}health within {within.TotalSeconds:0} s; its log ends:\n{await TailAsync(engine, node, ct)}");
    }

    private static async Task<bool> IsHealthyAsync(EtcdNode node, CancellationToken ct)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(node.Endpoint, "/health"), ct);
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync(ct)).Contains("\"true\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task<string> TailAsync(IContainerEngine engine, EtcdNode node, CancellationToken ct)
    {
        var lines = new Queue<string>();
        await foreach (var line in engine.Containers.LogsAsync(node.ContainerId, ct: ct))
        {
            lines.Enqueue($"  {line.Text}");
            if (lines.Count > 20)
            {
                lines.Dequeue();
            }
        }

        return string.Join('\n', lines);
    }
}
