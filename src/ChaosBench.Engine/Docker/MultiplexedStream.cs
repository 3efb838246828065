using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// The engine's stdout/stderr framing for containers without a TTY: an 8-byte header
/// (stream, 0, 0, 0, big-endian length) before each chunk.
/// </summary>
internal static class MultiplexedStream
{
    public static async IAsyncEnumerable<(LogStream Stream, byte[] Payload)> ReadFramesAsync(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        var header = new byte[8];
        while (await ReadExactlyOrEndAsync(body, header, ct))
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4));
            var payload = new byte[length];
            if (!await ReadExactlyOrEndAsync(body, payload, ct))
            {
                yield break;
            }

            yield return (header[0] == 2 ? LogStream.Stderr : LogStream.Stdout, payload);
        }
    }

    public static async Task<(string Stdout, string Stderr)> ReadAllAsync(Stream body, CancellationToken ct)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        await foreach (var (stream, payload) in ReadFramesAsync(body, ct))
        {
            (stream == LogStream.Stderr ? stderr : stdout).Write(payload);
        }

        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    /// <summary>Whole lines, each prefixed by the engine's RFC 3339 timestamp (logs asked with <c>timestamps=true</c>).</summary>
    public static async IAsyncEnumerable<LogLine> ReadLinesAsync(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        var partial = new Dictionary<LogStream, StringBuilder> { [LogStream.Stdout] = new(), [LogStream.Stderr] = new() };
        await foreach (var (stream, payload) in ReadFramesAsync(body, ct))
        {
            var buffer = partial[stream].Append(Encoding.UTF8.GetString(payload));
            var text = buffer.ToString();
            var end = text.LastIndexOf('\n');
            if (end < 0)
            {
                continue;
            }

            buffer.Clear().Append(text, end + 1, text.Length - end - 1);
            foreach (var line in text[..end].Split('\n'))
            {
                yield return Parse(stream, line);
            }
        }

        foreach (var (stream, rest) in partial.Where(p => p.Value.Length > 0))
        {
            yield return Parse(stream, rest.ToString());
        }
    }

    private static LogLine Parse(LogStream stream, string line)
    {
        var space = line.IndexOf(' ');
        if (space > 0 && DateTimeOffset.TryParse(line[..space], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return new LogLine(stream, time, line[(space + 1)..].TrimEnd('\r'));
        }

        return new LogLine(stream, DateTimeOffset.MinValue, line.TrimEnd('\r'));
    }

    private static async Task<bool> ReadExactlyOrEndAsync(Stream body, byte[] buffer, CancellationToken ct)
    {
        var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        return read == buffer.Length;
    }
}
