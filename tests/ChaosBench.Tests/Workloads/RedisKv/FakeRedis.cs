using System.Net;
using System.Net.Sockets;

namespace ChaosBench.Tests.Workloads.RedisKv;

/// <summary>
/// A one-connection server on 127.0.0.1 that hands its side of the connection to a script: enough to drive
/// the RESP client through replies, silence and hang-ups that a real Redis gives only by chance.
/// </summary>
internal sealed class FakeRedis : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    public FakeRedis(Func<NetworkStream, Task> script)
    {
        _listener.Start();
        _serving = ServeAsync(script);
    }

    public Uri Endpoint => new($"redis://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Reads what the client sent until <paramref name="count"/> bytes have arrived.</summary>
    public static async Task<byte[]> ReceiveAsync(NetworkStream stream, int count)
    {
        var bytes = new byte[count];
        await stream.ReadExactlyAsync(bytes);
        return bytes;
    }

    private async Task ServeAsync(Func<NetworkStream, Task> script)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await script(client.GetStream());
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
