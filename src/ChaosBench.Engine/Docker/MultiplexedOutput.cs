using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Docker.DotNet;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// A container's output as the library's <see cref="MultiplexedStream"/> hands it out (chunks of stdout and
/// stderr for containers without a TTY), as whole log lines or as two strings.
/// </summary>
internal static class MultiplexedOutput
{
    /// <summary>Reads the next chunk into the buffer; <see cref="MultiplexedStream.ReadResult.EOF"/> at the end.</summary>
    public delegate Task<MultiplexedStream.ReadResult> Reader(byte[] buffer, CancellationToken ct);

    /// <summary>
    /// A reader of <paramref name="output"/>. A frame cut short by a broken connection ends the output where it
    /// broke, keeping what arrived, as the hand-written reader before it did.
    /// </summary>
    public static Reader Of(MultiplexedStream output) => async (buffer, ct) =>
    {
        try
        {
            return await output.ReadOutputAsync(buffer, 0, buffer.Length, ct);
        }
        catch (EndOfStreamException)
        {
            return default;
        }
    };

    public static async Task<(string Stdout, string Stderr)> ReadAllAsync(Reader read, CancellationToken ct)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        await foreach (var (stream, payload) in ChunksAsync(read, ct))
        {
            (stream == LogStream.Stderr ? stderr : stdout).Write(payload);
        }

        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    /// <summary>Whole lines, each prefixed by the engine's RFC 3339 timestamp (logs asked with timestamps).</summary>
    public static async IAsyncEnumerable<LogLine> ReadLinesAsync(Reader read, [EnumeratorCancellation] CancellationToken ct)
    {
        var partial = new Dictionary<LogStream, StringBuilder> { [LogStream.Stdout] = new(), [LogStream.Stderr] = new() };
        await foreach (var (stream, payload) in ChunksAsync(read, ct))
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

    private static async IAsyncEnumerable<(LogStream Stream, byte[] Payload)> ChunksAsync(Reader read, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new byte[16384];
        while (await read(buffer, ct) is { EOF: false } chunk)
        {
            yield return (chunk.Target == MultiplexedStream.TargetStream.StandardError ? LogStream.Stderr : LogStream.Stdout, buffer[..chunk.Count]);
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
}
