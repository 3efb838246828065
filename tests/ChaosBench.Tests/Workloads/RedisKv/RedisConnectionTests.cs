using System.Net;
using System.Net.Sockets;
using System.Text;
using ChaosBench.Model.History;
using ChaosBench.Workloads;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Workloads.RedisKv;

[CancelAfter(10_000)]
public sealed class RedisConnectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(300);

    [Test]
    public async Task Set_ServerAnswersOk_SendsTheCommandAndReturns(CancellationToken ct)
    {
        // Given a server that expects SET k1 v1 and answers +OK
        var expected = Resp.Encode(["SET", "k1", "v1"]);
        byte[]? received = null;
        await using var server = new FakeRedis(async s =>
        {
            received = await FakeRedis.ReceiveAsync(s, expected.Length);
            await s.WriteAsync("+OK\r\n"u8.ToArray());
            await Task.Delay(Timeout);
        });
        using var connection = await RedisConnection.ConnectAsync(server.Endpoint, Timeout, Timeout, ct);

        // When the client sets the key
        await connection.WriteAsync("k1", "v1", ct);

        // Then the server got exactly the command
        Assert.That(received, Is.EqualTo(expected));
    }

    [Test]
    public async Task Prepare_SomethingOtherThanRedis_ThrowsIOException(CancellationToken ct)
    {
        // Given a server that answers PING with something else, as a product that is not Redis might
        await using var server = new FakeRedis(async s =>
        {
            await FakeRedis.ReceiveAsync(s, Resp.Encode(["PING"]).Length);
            await s.WriteAsync("+HELLO\r\n"u8.ToArray());
            await Task.Delay(Timeout);
        });
        using var connection = await RedisConnection.ConnectAsync(server.Endpoint, Timeout, Timeout, ct);

        // When the connection is prepared, then it is refused as not Redis
        var error = Assert.ThrowsAsync<IOException>(() => connection.PrepareAsync(ct));
        Assert.That(error.Message, Does.Contain("'HELLO', not PONG"));
    }

    [Test]
    public async Task Get_MissingKey_ReturnsNull(CancellationToken ct)
    {
        // Given a server that answers a null bulk string
        await using var server = new FakeRedis(async s =>
        {
            await FakeRedis.ReceiveAsync(s, Resp.Encode(["GET", "k1"]).Length);
            await s.WriteAsync("$-1\r\n"u8.ToArray());
            await Task.Delay(Timeout);
        });
        using var connection = await RedisConnection.ConnectAsync(server.Endpoint, Timeout, Timeout, ct);

        // When the client reads the key, then it is missing
        Assert.That(await connection.ReadAsync("k1", ct), Is.Null);
    }

    [Test]
    public async Task Set_ServerNeverAnswers_ThrowsTimeoutRecordedAsInfo(CancellationToken ct)
    {
        // Given a server that reads the command and stays silent
        await using var server = new FakeRedis(async s =>
        {
            await FakeRedis.ReceiveAsync(s, 1);
            await Task.Delay(Timeout * 4);
        });
        using var connection = await RedisConnection.ConnectAsync(server.Endpoint, Timeout, Timeout, ct);

        // When the client sets a key
        var error = Assert.ThrowsAsync<TimeoutException>(() => connection.WriteAsync("k1", "v1", ct));

        // Then it times out, and the write is indeterminate: the server may have applied it
        Assert.That(OpOutcome.Of(error), Is.EqualTo(OpType.Info));
    }

    [Test]
    public async Task Set_ServerHangsUpAfterTheCommand_ThrowsIOExceptionRecordedAsInfo(CancellationToken ct)
    {
        // Given a server that reads the command and closes the connection
        await using var server = new FakeRedis(async s =>
        {
            await FakeRedis.ReceiveAsync(s, 1);
            s.Close();
        });
        using var connection = await RedisConnection.ConnectAsync(server.Endpoint, Timeout, Timeout, ct);

        // When the client sets a key, then the write is indeterminate
        var error = Assert.CatchAsync<IOException>(() => connection.WriteAsync("k1", "v1", ct));
        Assert.That(OpOutcome.Of(error), Is.EqualTo(OpType.Info));
    }

    [Test]
    public async Task Set_ServerAnswersSomethingElse_ThrowsIOException(CancellationToken ct)
    {
        // Given a server that answers SET with a bulk string
        await using var server = new FakeRedis(async s =>
        {
            await FakeRedis.ReceiveAsync(s, 1);
            await s.WriteAsync(Encoding.ASCII.GetBytes("$2\r\nno\r\n"));
            await Task.Delay(Timeout);
        });
        using var connection = await RedisConnection.ConnectAsync(server.Endpoint, Timeout, Timeout, ct);

        // When the client sets a key, then it does not count as acknowledged
        var error = Assert.ThrowsAsync<IOException>(() => connection.WriteAsync("k1", "v1", ct));
        Assert.That(error.Message, Does.Contain("'no', not OK"));
    }

    [Test]
    public void Connect_NothingListening_ThrowsNotAppliedRecordedAsFail(CancellationToken ct)
    {
        // Given a port on 127.0.0.1 that nothing listens on
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // When the client connects
        var error = Assert.ThrowsAsync<NotAppliedException>(() => RedisConnection.ConnectAsync(new Uri($"redis://127.0.0.1:{port}"), Timeout, Timeout, ct));

        // Then the write certainly did not happen: fail, connection refused
        Assert.That(OpOutcome.Of(error), Is.EqualTo(OpType.Fail));
        Assert.That(OpOutcome.Describe(error), Is.EqualTo("ConnectionRefused"));
    }
}
