using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ChaosBench.Tests.Network.Proxy;

/// <summary>A raw TCP client for proxy tests: send bytes, read what comes within a time, see how the stream ended.</summary>
internal sealed class ProxyClient : IDisposable
{
    private readonly Socket _socket = new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

    private ProxyClient()
    {
    }

    /// <param name="from">The local address to connect from (another of 127/8 stands for another peer). Default: any.</param>
    public static async Task<ProxyClient> ConnectAsync(IPEndPoint endPoint, IPAddress? from = null)
    {
        var client = new ProxyClient();
        if (from is not null)
        {
            client._socket.Bind(new IPEndPoint(from, 0));
        }

        await client._socket.ConnectAsync(endPoint);
        return client;
    }

    public async Task SendAsync(byte[] data) => await _socket.SendAsync(data.AsMemory(), SocketFlags.None);

    public void CloseSending() => _socket.Shutdown(SocketShutdown.Send);

    /// <summary>Closes with RST: lingering on with a zero timeout drops what is unsent.</summary>
    public void Reset()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Dispose();
    }

    /// <summary>Reads until <paramref name="count"/> bytes came, the stream ended, it failed, or <paramref name="within"/> passed.</summary>
    public Task<Received> ReceiveAsync(int count, TimeSpan within) => ReceiveAsync(data => data.Count >= count, within);

    /// <summary>Reads one HTTP/1.1 response: its head and its whole body, sent with a Content-Length or in chunks.</summary>
    public Task<Received> ReceiveHttpAsync(TimeSpan within) => ReceiveAsync(HttpComplete, within);

    /// <summary>The body of a whole response: as sent with a Content-Length, or put together from its chunks.</summary>
    public static string HttpBody(byte[] response)
    {
        var (head, body) = Split(Encoding.ASCII.GetString(response));
        if (!head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var whole = new StringBuilder();
        for (var at = 0; ;)
        {
            var line = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(body[at..line], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return whole.ToString();
            }

            whole.Append(body, line + 2, size);
            at = line + 2 + size + 2;
        }
    }

    private static bool HttpComplete(List<byte> data)
    {
        var (head, body) = Split(Encoding.ASCII.GetString([.. data]));
        var length = Regex.Match(head, "(?i)content-length: *([0-9]+)");
        return length.Success
            ? body.Length >= int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture)
            : body.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal) || body.StartsWith("0\r\n\r\n", StringComparison.Ordinal);
    }

    private static (string Head, string Body) Split(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? (response, string.Empty) : (response[..end], response[(end + 4)..]);
    }

    private async Task<Received> ReceiveAsync(Func<List<byte>, bool> complete, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var data = new List<byte>();
        var arrivals = new List<(TimeSpan At, int Bytes)>();
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (!complete(data))
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (read == 0)
                {
                    return new Received([.. data], arrivals, "eof", clock.Elapsed);
                }

                arrivals.Add((clock.Elapsed, read));
                data.AddRange(buffer.AsSpan(0, read));
            }

            return new Received([.. data], arrivals, "complete", clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return new Received([.. data], arrivals, "timeout", clock.Elapsed);
        }
        catch (SocketException e)
        {
            return new Received([.. data], arrivals, e.SocketErrorCode.ToString(), clock.Elapsed);
        }
    }

    public void Dispose() => _socket.Dispose();
}

/// <summary>What a client read: the bytes, when each read came and how much it had, how it ended ("complete", "eof", "timeout" or a socket error), and when.</summary>
internal sealed record Received(byte[] Data, IReadOnlyList<(TimeSpan At, int Bytes)> Arrivals, string Ending, TimeSpan Elapsed)
{
    public int Reads => Arrivals.Count;
}
