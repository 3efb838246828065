using System.Text;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

public sealed class MultiplexedStreamTests
{
    [Test]
    public async Task ReadLines_LineSplitAcrossFrames_ReassemblesPerStream()
    {
        var body = Frames((1, "2026-11-22T10:00:00.000000001Z hel"), (2, "2026-11-22T10:00:00.5Z oops\n"), (1, "lo\n2026-11-22T10:00:01Z world\n"));

        var lines = new List<LogLine>();
        await foreach (var line in MultiplexedOutput.ReadLinesAsync(Reader(body), CancellationToken.None))
        {
            lines.Add(line);
        }

        Assert.That(lines.Select(l => (l.Stream, l.Text)), Is.EqualTo(new[]
        {
            (LogStream.Stderr, "oops"),
            (LogStream.Stdout, "hello"),
            (LogStream.Stdout, "world"),
        }));
        Assert.That(lines[0].Time, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 10, 0, 0, 500, TimeSpan.Zero)));
    }

    [Test]
    public async Task ReadAll_TruncatedFrame_EndsWhereTheConnectionBrokeWithoutThrowing()
    {
        // Given a complete frame, then a header announcing 9 bytes of which one arrived before the connection broke
        var body = Frames((1, "complete"));
        body.Seek(0, SeekOrigin.End);
        body.Write([1, 0, 0, 0, 0, 0, 0, 9, (byte)'x']);
        body.Position = 0;

        // When the output is read
        var (stdout, stderr) = await MultiplexedOutput.ReadAllAsync(Reader(body), CancellationToken.None);

        // Then the complete frame is there, and the break ends the output instead of failing the call
        Assert.That(stdout, Does.StartWith("complete"));
        Assert.That(stderr, Is.Empty);
    }

    private static MultiplexedOutput.Reader Reader(Stream body) => MultiplexedOutput.Of(new global::Docker.DotNet.MultiplexedStream(body, multiplexed: true));

    private static MemoryStream Frames(params (byte Stream, string Text)[] frames)
    {
        var body = new MemoryStream();
        foreach (var (stream, text) in frames)
        {
            var payload = Encoding.UTF8.GetBytes(text);
            body.Write([stream, 0, 0, 0, (byte)(payload.Length >> 24), (byte)(payload.Length >> 16), (byte)(payload.Length >> 8), (byte)payload.Length]);
            body.Write(payload);
        }

        body.Position = 0;
        return body;
    }
}
