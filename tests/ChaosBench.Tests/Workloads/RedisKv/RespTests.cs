using System.Text;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Workloads.RedisKv;

public sealed class RespTests
{
    [Test]
    public void Encode_SetCommand_IsAnArrayOfBulkStrings()
    {
        // Given SET with a key and a value

        // When it is encoded
        var bytes = Resp.Encode(["SET", "k000001", "3-17"]);

        // Then it is RESP2's array of bulk strings
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("*3\r\n$3\r\nSET\r\n$7\r\nk000001\r\n$4\r\n3-17\r\n"));
    }

    [Test]
    public void Encode_MultiByteCharactersAndCrLf_CountsBytesNotCharacters()
    {
        // Given a value with a two-byte character and a line break, which a bulk string carries as they are
        var bytes = Resp.Encode(["SET", "k", "é\r\n"]);

        // Then the length is in bytes
        Assert.That(Encoding.UTF8.GetString(bytes), Does.EndWith("$4\r\né\r\n\r\n"));
    }

    [TestCase("+OK\r\n", "OK")]
    [TestCase("+PONG\r\n", "PONG")]
    [TestCase("$4\r\n3-17\r\n", "3-17")]
    [TestCase("$0\r\n\r\n", "")]
    [TestCase("$4\r\na\r\nb\r\n", "a\r\nb")]
    [TestCase("$-1\r\n", null)]
    [TestCase(":1\r\n", "1")]
    public async Task ReadReply_ValidReply_ReturnsItsText(string wire, string? expected)
    {
        // Given a reply on the wire
        var reader = new RespReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));

        // When it is read
        var reply = await reader.ReadReplyAsync(CancellationToken.None);

        // Then the text (null for a missing key) comes back
        Assert.That(reply, Is.EqualTo(expected));
    }

    [Test]
    public async Task ReadReply_ArrivingOneByteAtATime_ReadsEveryReplyInOrder()
    {
        // Given three replies that arrive one byte per read
        var reader = new RespReader(new TrickleStream(Encoding.UTF8.GetBytes("+OK\r\n$5\r\nhello\r\n$-1\r\n")));

        // When they are read one after another
        var replies = new[] { await reader.ReadReplyAsync(CancellationToken.None), await reader.ReadReplyAsync(CancellationToken.None), await reader.ReadReplyAsync(CancellationToken.None) };

        // Then each comes out whole
        Assert.That(replies, Is.EqualTo(new[] { "OK", "hello", null }));
    }

    [TestCase("*2\r\n$3\r\n0-0\r\n$3\r\n1-0\r\n", new[] { "0-0", "1-0" })]
    [TestCase("*0\r\n", new string[0])]
    [TestCase("*-1\r\n", new string[0])]
    public async Task ReadArray_ValidArray_ReturnsItsElements(string wire, string[] expected)
    {
        // Given an array reply on the wire, as SMEMBERS gives
        var reader = new RespReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));

        // When it is read
        var items = await reader.ReadArrayAsync(CancellationToken.None);

        // Then every element comes back, and a null array is empty
        Assert.That(items, Is.EqualTo(expected));
    }

    [Test]
    public void ReadArray_NotAnArray_ThrowsIOException()
    {
        // Given a simple string where an array was due
        var reader = new RespReader(new MemoryStream("+OK\r\n"u8.ToArray()));

        // When read, then the connection is reported as broken
        Assert.ThrowsAsync<IOException>(() => reader.ReadArrayAsync(CancellationToken.None));
    }

    [Test]
    public void ReadReply_ErrorReply_ThrowsWithTheServersText()
    {
        // Given an error reply
        var reader = new RespReader(new MemoryStream("-LOADING Redis is loading the dataset in memory\r\n"u8.ToArray()));

        // When it is read, then it is thrown with Redis's words
        var error = Assert.ThrowsAsync<RedisErrorException>(() => reader.ReadReplyAsync(CancellationToken.None));
        Assert.That(error.Reply, Is.EqualTo("LOADING Redis is loading the dataset in memory"));
    }

    [TestCase("*1\r\n$2\r\nOK\r\n", "a reply of type '*'")]
    [TestCase("$x\r\n", "a bulk length of 'x'")]
    [TestCase("$-2\r\n", "a bulk length of '-2'")]
    [TestCase("$2\r\nOKxx", "a bulk string not ended by CRLF")]
    [TestCase("+OK\rX\n", "a CR not followed by LF")]
    [TestCase("\r\n", "an empty line")]
    public void ReadReply_NotAScalarReply_ThrowsIOException(string wire, string what)
    {
        // Given bytes that are not a reply SET, GET or PING can give
        var reader = new RespReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));

        // When read, then the connection is reported as broken, naming what came
        var error = Assert.ThrowsAsync<IOException>(() => reader.ReadReplyAsync(CancellationToken.None));
        Assert.That(error.Message, Does.Contain(what));
    }

    [TestCase("")]
    [TestCase("+OK")]
    [TestCase("$5\r\nhel")]
    public void ReadReply_StreamEndsMidReply_ThrowsEndOfStream(string wire)
    {
        // Given a connection closed before the reply was complete
        var reader = new RespReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));

        // When read, then it is an end of stream (an IOException, so the write is indeterminate)
        Assert.ThrowsAsync(Is.InstanceOf<EndOfStreamException>(), () => reader.ReadReplyAsync(CancellationToken.None));
    }

    [Test]
    public void ReadReply_LineLongerThanTheBuffer_ThrowsIOException()
    {
        // Given a simple string that never ends
        var reader = new RespReader(new MemoryStream(Encoding.UTF8.GetBytes("+" + new string('a', 70_000))));

        // When read, then it is refused rather than buffered without bound
        var error = Assert.ThrowsAsync<IOException>(() => reader.ReadReplyAsync(CancellationToken.None));
        Assert.That(error.Message, Does.Contain("a line longer than"));
    }

    /// <summary>Hands out one byte per read, as a slow network might.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
