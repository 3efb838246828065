using System.Collections.Concurrent;
using System.Text;

namespace ChaosBench.Tests.Runner;

/// <summary>
/// A key-value REST API under <c>/api</c> on 127.0.0.1, standing in for an external deployment: <c>PUT /api/kv/KEY</c>
/// stores the body, <c>GET /api/kv/KEY</c> returns it (404 when absent), <c>GET /api/health</c> answers 200. With
/// <c>dropEvery</c>, every Nth workload write is acknowledged and thrown away: a deployment that loses writes.
/// </summary>
internal sealed class KeyValueServer : IDisposable
{
    private readonly ConcurrentDictionary<string, string> _store = new(StringComparer.Ordinal);
    private readonly LoopbackHttpServer _server;
    private readonly int _dropEvery;
    private int _writes;
    private int _dropped;

    public KeyValueServer(int dropEvery = 0)
    {
        _dropEvery = dropEvery;
        _server = new LoopbackHttpServer(HandleAsync);
    }

    /// <summary>The base URL a scenario's external service is given; its path must survive into every request.</summary>
    public string Url => _server.Url + "/api";

    public int Dropped => _dropped;

    public void Dispose() => _server.Dispose();

    private async Task HandleAsync(System.Net.HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var (status, answer) = (context.Request.HttpMethod, path) switch
        {
            ("GET", "/api/health") => (200, "ok"),
            ("PUT", _) when path.StartsWith("/api/kv/", StringComparison.Ordinal) => await WriteAsync(path["/api/kv/".Length..], context.Request),
            ("GET", _) when path.StartsWith("/api/kv/", StringComparison.Ordinal) => _store.TryGetValue(path["/api/kv/".Length..], out var value) ? (200, value) : (404, "no such key"),
            _ => (400, $"no route {context.Request.HttpMethod} {path}"),
        };
        context.Response.StatusCode = status;
        await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(answer));
    }

    private async Task<(int, string)> WriteAsync(string key, System.Net.HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var value = await reader.ReadToEndAsync();

        // The workload's steady-state check is spared: a deployment that fails it errors the run instead of failing it.
        if (_dropEvery > 0 && !key.StartsWith("chaosbench", StringComparison.Ordinal) && Interlocked.Increment(ref _writes) % _dropEvery == 0)
        {
            Interlocked.Increment(ref _dropped);
            return (200, "stored");
        }

        _store[key] = value;
        return (200, "stored");
    }
}
