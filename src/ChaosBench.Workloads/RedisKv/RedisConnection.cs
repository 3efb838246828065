using System.Net.Sockets;

namespace ChaosBench.Workloads.RedisKv;

/// <summary>
/// One TCP connection to Redis speaking RESP2, one command at a time, each bounded by a timeout. After any
/// error the connection is in an unknown state (a late reply would answer the next command): drop it.
/// </summary>
internal sealed class RedisConnection : ICasConnection
{
    private readonly NetworkStream _stream;
    private readonly RespReader _reader;
    private readonly TimeSpan _timeout;

    private RedisConnection(Socket socket, TimeSpan timeout)
    {
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new RespReader(_stream);
        _timeout = timeout;
    }

    /// <summary>
    /// Connects within <paramref name="connectTimeout"/>; a refusal, an unreachable host or the timeout throw
    /// <see cref="NotAppliedException"/>, since nothing was sent.
    /// </summary>
    public static async Task<RedisConnection> ConnectAsync(Uri endpoint, TimeSpan connectTimeout, TimeSpan timeout, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(connectTimeout);
        try
        {
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, limit.Token);
            return new RedisConnection(socket, timeout);
        }
        catch (Exception e) when (e is SocketException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            socket.Dispose();
            throw new NotAppliedException(endpoint, e is SocketException ? e : new TimeoutException($"no connection within {connectTimeout.TotalSeconds:0.###}s", e));
        }
    }

    /// <summary><c>PING</c>, which must answer <c>PONG</c>: the other end speaks RESP and is Redis.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        var reply = await CommandAsync(["PING"], ct);
        if (reply != "PONG")
        {
            throw new IOException($"Redis answered PING with '{reply}', not PONG");
        }
    }

    /// <summary><c>SET</c>, which must answer <c>OK</c>.</summary>
    public async Task WriteAsync(string key, string value, CancellationToken ct)
    {
        var reply = await CommandAsync(["SET", key, value], ct);
        if (reply != "OK")
        {
            throw new IOException($"Redis answered SET with '{reply}', not OK");
        }
    }

    /// <summary><c>GET</c>: the key's value, or null when Redis has no such key.</summary>
    public Task<string?> ReadAsync(string key, CancellationToken ct) => CommandAsync(["GET", key], ct);

    /// <summary>
    /// A Lua script, which Redis runs atomically: <c>SET</c> only where <c>GET</c> gives the expected value, or nothing
    /// when the third argument says the key must be absent. Answers 1 when it set.
    /// </summary>
    public async Task<bool> CasAsync(string key, string? expected, string value, CancellationToken ct)
    {
        var reply = await CommandAsync(["EVAL", CasScript, "1", key, expected ?? string.Empty, value, expected is null ? "absent" : "value"], ct);
        return reply switch
        {
            "1" => true,
            "0" => false,
            _ => throw new IOException($"Redis answered the compare-and-set script with '{reply}', not 1 or 0"),
        };
    }

    private const string CasScript =
        "local v = redis.call('GET', KEYS[1]) " +
        "if (ARGV[3] == 'absent' and v == false) or (ARGV[3] == 'value' and v == ARGV[1]) then redis.call('SET', KEYS[1], ARGV[2]) return 1 end " +
        "return 0";

    /// <summary><c>SADD</c>, which answers how many elements were new.</summary>
    public Task AddAsync(string set, string element, CancellationToken ct) => CommandAsync(["SADD", set, element], ct);

    /// <summary><c>SMEMBERS</c>: every element of the set; none when Redis has no such key.</summary>
    public async Task<IReadOnlyList<string>> MembersAsync(string set, CancellationToken ct) =>
        [.. (await CommandAsync(["SMEMBERS", set], _reader.ReadArrayAsync, ct)).Select(m => m ?? throw new IOException("SMEMBERS answered a null element"))];

    /// <summary><c>RPUSH</c>, which answers the list's new length.</summary>
    public Task AppendAsync(string list, string element, CancellationToken ct) => CommandAsync(["RPUSH", list, element], ct);

    /// <summary><c>LRANGE 0 -1</c>: every element of the list, in order; none when Redis has no such key.</summary>
    public async Task<IReadOnlyList<string>> RangeAsync(string list, CancellationToken ct) =>
        [.. (await CommandAsync(["LRANGE", list, "0", "-1"], _reader.ReadArrayAsync, ct)).Select(m => m ?? throw new IOException("LRANGE answered a null element"))];

    private Task<string?> CommandAsync(IReadOnlyList<string> words, CancellationToken ct) => CommandAsync(words, _reader.ReadReplyAsync, ct);

    private async Task<T> CommandAsync<T>(IReadOnlyList<string> words, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(_timeout);
        try
        {
            await _stream.WriteAsync(Resp.Encode(words), limit.Token);
            return await read(limit.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"no reply to {words[0]} within {_timeout.TotalSeconds:0.###}s", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
