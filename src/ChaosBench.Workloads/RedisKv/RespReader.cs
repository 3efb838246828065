using System.Globalization;
using System.Text;

namespace ChaosBench.Workloads.RedisKv;

/// <summary>
/// Reads RESP2 replies off a stream, buffered: the replies SET, GET, PING, SADD and SMEMBERS give — a simple
/// string, an integer (as its text), a bulk string (null when the key is missing), an array of those, or an
/// error, which is thrown as <see cref="RedisErrorException"/>.
/// Anything else is a protocol error (<see cref="IOException"/>): the connection can no longer be trusted.
/// </summary>
internal sealed class RespReader(Stream stream)
{
    /// <summary>Redis's own limit on a bulk string (<c>proto-max-bulk-len</c>); larger means garbage on the wire.</summary>
    private const int MaxBulkLength = 512 * 1024 * 1024;

    private const int MaxLineLength = 64 * 1024;

    private readonly byte[] _buffer = new byte[MaxLineLength];
    private int _start;
    private int _end;

    /// <summary>An array reply, such as SMEMBERS gives; an empty list for a null array.</summary>
    public async Task<IReadOnlyList<string?>> ReadArrayAsync(CancellationToken ct)
    {
        var line = await ReadLineAsync(ct);
        if (line is not ['*', .. var text])
        {
            throw line is ['-', .. var error] ? new RedisErrorException(error) : Protocol($"'{line}' where an array was due");
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) || count < -1)
        {
            throw Protocol($"an array length of '{text}'");
        }

        var items = new List<string?>();
        for (var i = 0; i < count; i++)
        {
            items.Add(await ReadReplyAsync(ct));
        }

        return items;
    }

    public async Task<string?> ReadReplyAsync(CancellationToken ct)
    {
        var line = await ReadLineAsync(ct);
        var text = line.Length > 0 ? line[1..] : throw Protocol("an empty line");
        switch (line[0])
        {
            case '+' or ':':
                return text;
            case '-':
                throw new RedisErrorException(text);
            case '$':
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var length) || length is < -1 or > MaxBulkLength)
                {
                    throw Protocol($"a bulk length of '{text}'");
                }

                if (length == -1)
                {
                    return null;
                }

                var bulk = await ReadExactlyAsync(length + 2, ct);
                return bulk[length] == '\r' && bulk[length + 1] == '\n'
                    ? Encoding.UTF8.GetString(bulk, 0, length)
                    : throw Protocol("a bulk string not ended by CRLF");
            default:
                throw Protocol($"a reply of type '{line[0]}'");
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken ct)
    {
        while (true)
        {
            var cr = Array.IndexOf(_buffer, (byte)'\r', _start, _end - _start);
            if (cr >= 0 && cr + 1 < _end)
            {
                var line = _buffer[cr + 1] == '\n' ? Encoding.UTF8.GetString(_buffer, _start, cr - _start) : throw Protocol("a CR not followed by LF");
                _start = cr + 2;
                return line;
            }

            await FillAsync(ct);
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken ct)
    {
        var bytes = new byte[count];
        var have = Math.Min(count, _end - _start);
        Array.Copy(_buffer, _start, bytes, 0, have);
        _start += have;
        if (have < count)
        {
            await stream.ReadExactlyAsync(bytes.AsMemory(have), ct);
        }

        return bytes;
    }

    /// <summary>Moves the unread bytes to the front and reads more behind them.</summary>
    private async Task FillAsync(CancellationToken ct)
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw Protocol($"a line longer than {MaxLineLength} bytes");
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), ct);
        _end += read > 0 ? read : throw new EndOfStreamException("Redis closed the connection");
    }

    private static IOException Protocol(string what) => new($"Redis sent {what}: not RESP2");
}
