using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChaosBench.NetworkBench;

/// <summary>
/// A bare HTTP/1.1 keep-alive client for etcd's <c>POST /v3/kv/put</c>: one request template whose key is rewritten in
/// place, one receive buffer, no allocation per put, so the client's own cost is small and the same for both variants.
/// </summary>
internal sealed class PutConnection : IDisposable
{
    /// <summary>Keys are <c>bench/NNNNNN</c>: 12 bytes, 16 in base64.</summary>
    private const int KeyDigits = 6;

    private readonly Socket _socket = new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly byte[] _request;
    private readonly int _keyAt;
    private readonly byte[] _response = new byte[4096];

    private PutConnection(byte[] request, int keyAt)
    {
        _request = request;
        _keyAt = keyAt;
    }

    public static async Task<PutConnection> OpenAsync(IPEndPoint at, CancellationToken ct)
    {
        var value = Convert.ToBase64String(Encoding.ASCII.GetBytes(new string('v', 100)));
        var body = $"{{\"key\":\"{new string('A', 16)}\",\"value\":\"{value}\"}}";
        var request = Encoding.ASCII.GetBytes($"POST /v3/kv/put HTTP/1.1\r\nHost: etcd\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        var connection = new PutConnection(request, request.Length - body.Length + "{\"key\":\"".Length);
        await connection._socket.ConnectAsync(at, ct);
        return connection;
    }

    /// <summary>Puts key number <paramref name="key"/> and waits for etcd's whole answer; throws unless it is 200.</summary>
    public async ValueTask PutAsync(int key, CancellationToken ct)
    {
        WriteKey(key);
        await _socket.SendAsync(_request.AsMemory(), SocketFlags.None, ct);
        var read = 0;
        while (true)
        {
            var got = await _socket.ReceiveAsync(_response.AsMemory(read), SocketFlags.None, ct);
            if (got == 0)
            {
                throw new BenchFailedException("etcd closed a kept-alive connection");
            }

            read += got;
            if (Complete(_response.AsSpan(0, read)))
            {
                return;
            }

            if (read == _response.Length)
            {
                throw new BenchFailedException($"etcd's answer to a put is over {_response.Length} bytes: {Encoding.ASCII.GetString(_response)}");
            }
        }
    }

    public void Dispose() => _socket.Dispose();

    private void WriteKey(int key)
    {
        Span<byte> ascii = stackalloc byte[12];
        "bench/"u8.CopyTo(ascii);
        for (var i = ascii.Length - 1; i >= ascii.Length - KeyDigits; i--, key /= 10)
        {
            ascii[i] = (byte)('0' + (key % 10));
        }

        Base64.EncodeToUtf8(ascii, _request.AsSpan(_keyAt, 16), out _, out _);
    }

    /// <summary>Whether <paramref name="answer"/> holds a whole 200 response: its head and Content-Length bytes of body, or a chunked body's end.</summary>
    private static bool Complete(ReadOnlySpan<byte> answer)
    {
        var end = answer.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        if (!answer.StartsWith("HTTP/1.1 200"u8))
        {
            throw new BenchFailedException($"etcd answered a put with: {Encoding.ASCII.GetString(answer[..end])}");
        }

        var head = answer[..end];
        var length = head.IndexOf("Content-Length: "u8);
        if (length < 0)
        {
            return answer.EndsWith("0\r\n\r\n"u8);
        }

        var digits = head[(length + 16)..];
        digits = digits[..Math.Max(0, digits.IndexOf("\r\n"u8) is var eol and >= 0 ? eol : digits.Length)];
        return Utf8Parser.TryParse(digits, out int size, out _) && answer.Length >= end + 4 + size;
    }
}
