using System.Net;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Network.Proxy;

namespace ChaosBench.NetworkBench;

/// <summary>
/// One single-node etcd 3.4 on a network of its own, its data directory on tmpfs (so disk syncs do not drown the
/// proxy's cost), and a <see cref="FaultProxy"/> with no toxic on 127.0.0.1 in front of it. Disposing removes the
/// proxy, the container and the network, whatever happened before.
/// </summary>
internal sealed class Testbed(IContainerEngine engine, string runId) : IAsyncDisposable
{
    public const string Image = "chaosbench/etcd:3.4";

    private readonly RunResources _run = new(engine, runId);

    public FaultProxy? Proxy { get; private set; }

    /// <summary>Starts etcd, waits for its health, starts the proxy; returns etcd's own address.</summary>
    public async Task<IPEndPoint> StartAsync(CancellationToken ct)
    {
        if (await engine.Images.InspectAsync(Image, ct) is null)
        {
            throw new BenchFailedException($"the image {Image} is missing; fix: ./chaosbench images build etcd-3.4 (bench/network.sh does so)");
        }

        var network = $"cb-{runId}";
        await _run.CreateNetworkAsync(network, ct);
        var id = await _run.CreateContainerAsync(new ContainerSpec
        {
            Image = Image,
            Name = $"cb-{runId}-etcd",
            Command = ["etcd", "--name", "etcd", "--data-dir", "/var/lib/etcd", "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", "http://etcd:2379"],
            Tmpfs = new Dictionary<string, string> { ["/var/lib/etcd"] = string.Empty },
            Networks = [new NetworkAttachment(network, ["etcd"])],
        }, ct);
        await engine.Containers.StartAsync(id, ct);
        var address = (await engine.Containers.InspectAsync(id, ct)).NetworkAddresses.GetValueOrDefault(network)
            ?? throw new BenchFailedException($"the engine gave etcd no address on network {network}");
        var etcd = new IPEndPoint(IPAddress.Parse(address), 2379);
        await WaitHealthyAsync(etcd, ct);
        Proxy = FaultProxy.Start(new FaultProxyOptions { Name = "bench", Upstream = etcd });
        return etcd;
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        await _run.TeardownAsync();
    }

    private static async Task WaitHealthyAsync(IPEndPoint etcd, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(1) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetStringAsync(new Uri($"http://{etcd}/health"), ct)).Contains("\"true\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // Not up yet.
            }

            await Task.Delay(100, ct);
        }

        throw new BenchFailedException($"etcd at {etcd} was not healthy within 30 s");
    }
}
