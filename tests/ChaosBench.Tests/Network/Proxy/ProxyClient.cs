using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>A raw TCP client for proxy tests: send bytes, read what comes within a time, see how the stream ended.</summary>
internal sealed class ProxyClient : IDisposable
{
    private readonly Socket _socket = new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

    private ProxyClient()
    {
    }

    public static async Task<ProxyClient> ConnectAsync(IPEndPoint endPoint)
    {
        var client = new ProxyClient();
        await client._socket.ConnectAsync(endPoint);
        return client;
    }

    public async Task SendAsync(byte[] data) => await _socket.SendAsync(data.AsMemory(), SocketFlags.None);

    public void CloseSending() => _socket.Shutdown(SocketShutdown.Send);

    /// <summary>Reads until <paramref name="count"/> bytes came, the stream ended, it failed, or <paramref name="within"/> passed.</summary>
    public async Task<Received> ReceiveAsync(int count, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var data = new List<byte>();
        var reads = 0;
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (data.Count < count)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (read == 0)
                {
                    return new Received([.. data], reads, "eof", clock.Elapsed);
                }

                reads++;
                data.AddRange(buffer.AsSpan(0, read));
            }

            return new Received([.. data], reads, "complete", clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return new Received([.. data], reads, "timeout", clock.Elapsed);
        }
        catch (SocketException e)
        {
            return new Received([.. data], reads, e.SocketErrorCode.ToString(), clock.Elapsed);
        }
    }

    public void Dispose() => _socket.Dispose();
}

/// <summary>What a client read: the bytes, in how many reads, how it ended ("complete", "eof", "timeout" or a socket error), and when.</summary>
internal sealed record Received(byte[] Data, int Reads, string Ending, TimeSpan Elapsed);
