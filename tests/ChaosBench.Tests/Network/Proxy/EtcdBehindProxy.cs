using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Network.Proxy;
using ChaosBench.Tests.Engine;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>A single etcd on a network of the test's own, reached directly or through a proxy: puts and ranges through its JSON gateway, timed.</summary>
internal sealed class EtcdBehindProxy : IAsyncDisposable
{
    private readonly RunResources _run;

    private EtcdBehindProxy(RunResources run, string containerId, IPEndPoint etcd)
    {
        _run = run;
        ContainerId = containerId;
        Etcd = etcd;
    }

    public string ContainerId { get; }

    public ChaosBench.Engine.IContainerEngine Engine => _run.Engine;

    /// <summary>etcd's client port on its network: what the proxy forwards to.</summary>
    public IPEndPoint Etcd { get; }

    public static async Task<EtcdBehindProxy> StartAsync()
    {
        var engine = TestEnvironment.Engine();
        var run = TestEnvironment.NewRun(engine);
        var network = $"cb-{run.RunId}";
        await run.CreateNetworkAsync(network);
        var id = await EtcdContainer.StartAsync(run, network);
        var address = (await engine.Containers.InspectAsync(id)).NetworkAddresses[network];
        return new EtcdBehindProxy(run, id, new IPEndPoint(IPAddress.Parse(address), 2379));
    }

    public FaultProxy Proxy(int seed = 0, IPAddress? listen = null) =>
        FaultProxy.Start(new FaultProxyOptions { Name = "client-etcd", Upstream = Etcd, Random = new Random(seed), Listen = new IPEndPoint(listen ?? IPAddress.Loopback, 0) });

    /// <summary>The gateway of etcd's network as etcd's container sees it (its default route): an address of this host that members reach.</summary>
    public async Task<IPAddress> GatewayAsync()
    {
        var routes = await _run.Engine.Containers.ExecAsync(ContainerId, ["cat", "/proc/net/route"]);
        var hex = routes.Stdout.Split('\n').Select(l => l.Split('\t')).First(f => f.Length > 2 && f[1] == "00000000")[2];
        return new IPAddress(BitConverter.GetBytes(uint.Parse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static HttpClient Client(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 1 }) { Timeout = timeout ?? TimeSpan.FromSeconds(10) };

    /// <summary>Puts <paramref name="count"/> small keys one after the other; returns each put's time.</summary>
    public static async Task<List<TimeSpan>> PutsAsync(HttpClient http, IPEndPoint at, int count)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await PutAsync(http, at, $"k{i}", "v");
            times.Add(clock.Elapsed);
        }

        return times;
    }

    public static async Task PutAsync(HttpClient http, IPEndPoint at, string key, string value)
    {
        using var response = await http.PostAsJsonAsync(Url(at, "put"), new { key = B64(key), value = B64(value) });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The raw bytes of a range request for <paramref name="key"/>, for a socket of one's own.</summary>
    public static byte[] RangeRequest(string key)
    {
        var body = $"{{\"key\":\"{B64(key)}\"}}";
        return Encoding.ASCII.GetBytes($"POST /v3/kv/range HTTP/1.1\r\nHost: etcd\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");
    }

    public static Uri Url(IPEndPoint at, string verb) => new($"http://{at}/v3/kv/{verb}");

    public static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public async ValueTask DisposeAsync()
    {
        await _run.DisposeAsync();
        _run.Engine.Dispose();
    }
}
