using System.Net;
using System.Text;

namespace ChaosBench.Tests.Workloads.HttpKv;

/// <summary>
/// Registers over HTTP on 127.0.0.1: <c>PUT /kv/KEY</c> stores the body, <c>GET /kv/KEY</c> returns it (404 when
/// absent), <c>PUT /kv/KEY?if=OLD</c> stores it only where the key holds OLD (empty: absent), else 412. Under one lock,
/// so it is linearizable; with <c>stale</c> a read answers the first value the key ever held, as a lagging replica might.
/// With <c>casStatus</c> every cas is answered that status instead.
/// </summary>
internal sealed class RegisterServer : IDisposable
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _first = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly LoopbackHttpServer _server;
    private readonly bool _stale;
    private readonly int? _casStatus;

    public RegisterServer(bool stale = false, int? casStatus = null)
    {
        (_stale, _casStatus) = (stale, casStatus);
        _server = new LoopbackHttpServer(HandleAsync);
    }

    public Uri Endpoint => new(_server.Url);

    public void Dispose() => _server.Dispose();

    private async Task HandleAsync(HttpListenerContext context)
    {
        var key = context.Request.Url!.AbsolutePath["/kv/".Length..];
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var expected = context.Request.QueryString["if"];
        var (status, answer) = context.Request.HttpMethod == "GET" ? Read(key) : Write(key, body, expected);
        context.Response.StatusCode = status;
        var bytes = Encoding.UTF8.GetBytes(answer);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private (int Status, string Answer) Read(string key)
    {
        lock (_lock)
        {
            return (_stale ? _first : _values).TryGetValue(key, out var value) ? (200, value) : (404, "no such key");
        }
    }

    private (int Status, string Answer) Write(string key, string value, string? expected)
    {
        lock (_lock)
        {
            if (expected is not null)
            {
                if (_casStatus is { } forced)
                {
                    return (forced, "cas answered as told");
                }

                if ((_values.TryGetValue(key, out var held) ? held : string.Empty) != expected)
                {
                    return (412, $"{key} holds another value");
                }
            }

            _values[key] = value;
            _first.TryAdd(key, value);
            return (200, "stored");
        }
    }
}
