using System.Net.Sockets;
using System.Text.Json;

namespace ChaosBench.FaultBench;

/// <summary>
/// Bench-only copy of the engine path of the hand-written client the harness had before Docker.DotNet (git history:
/// <c>DockerTransport</c> and <c>DockerEndpoint.CreateHandler</c> before the engine merge): the same two calls, a
/// kill and inspects, as plain HTTP/1.1 on <c>/v1.41/...</c> over a pooled unix-socket connection. Its Polly pipeline
/// (a call timeout and retries of idempotent calls, which add no round trip when nothing fails) is left out.
/// </summary>
internal sealed class OldClient : IDisposable
{
    private readonly HttpClient _http;

    public OldClient(string socket)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectCallback = async (_, ct) =>
            {
                var connection = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await connection.ConnectAsync(new UnixDomainSocketEndPoint(socket), ct);
                    return new NetworkStream(connection, ownsSocket: true);
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri("http://docker/"), Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task KillAsync(string id, CancellationToken ct)
    {
        using var response = await _http.PostAsync($"/v1.41/containers/{id}/kill?signal=KILL", null, ct);
        response.EnsureSuccessStatusCode();
    }

    public async Task<bool> RunningAsync(string id, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"/v1.41/containers/{id}/json", ct);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        return json.RootElement.GetProperty("State").GetProperty("Running").GetBoolean();
    }

    public void Dispose() => _http.Dispose();
}
