using ChaosBench.Workloads.RedisList;
using ChaosBench.Workloads.RedisSet;

namespace ChaosBench.Workloads.RedisKv;

/// <summary>
/// Clients writing unique values to Redis over our own RESP2 connection, each at its share of the rate, then
/// reading back after recovery; see <see cref="KvClients{T}"/>. Three shapes over the same connection:
/// registers (<c>SET</c>/<c>GET</c>), one set (<c>SADD</c>/<c>SMEMBERS</c>) and one list (<c>RPUSH</c>/<c>LRANGE</c>).
/// </summary>
/// <remarks>
/// How errors are recorded: a connection refused, an unreachable host or a connect timeout is <c>fail</c>,
/// since the command was never sent. Once it is sent, a timeout or a reset is <c>info</c>: Redis may have
/// applied it and lost only the reply. An error reply is <c>info</c> too: Redis itself rejects before
/// executing (LOADING, OOM, READONLY), but a proxy or another RESP server may answer an error after passing
/// the command on, and a <c>fail</c> the product did apply would be reported as an unexpected value.
/// </remarks>
public sealed class RedisWorkload : IWorkload
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A serving Redis answers in milliseconds; this leaves room for <c>appendfsync always</c> on a busy disk. <c>redis-kv</c> may set its own.</summary>
    internal static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    private readonly KvClients<IKvConnection> _clients;

    private RedisWorkload(KvShape shape, Func<RedisConnection, IKvConnection> view, KvMix? mix = null, TimeSpan? timeout = null)
    {
        _clients = new(
            "Redis",
            async (endpoint, ct) => view(await RedisConnection.ConnectAsync(endpoint, ConnectTimeout, timeout ?? RequestTimeout, ct)),
            e => e is IOException or TimeoutException or RedisErrorException or NotAppliedException,
            shape,
            mix);
    }

    /// <summary><c>redis-kv</c>: seed-chosen keys, each write overwriting one; at the options' shares read (<c>GET</c>) or compare-and-set (a Lua script).</summary>
    public static RedisWorkload Registers(RedisKvOptions options) => new(KvShape.Registers, redis => redis, KvMix.Of(options), options.Timeout);

    /// <summary><c>redis-set</c>: unique elements added to one set.</summary>
    public static RedisWorkload Set() => new(KvShape.Set, redis => new RedisSetConnection(redis));

    /// <summary><c>redis-list</c>: unique elements appended to one list, whose order is checked too.</summary>
    public static RedisWorkload List() => new(KvShape.List, redis => new RedisListConnection(redis));

    public string Scheme => "redis";

    public int Port => 6379;

    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) => _clients.CheckSteadyStateAsync(context, ct);

    public Task RunAsync(WorkloadContext context, CancellationToken stop) => _clients.RunAsync(context, stop);

    public Task FinalReadAsync(WorkloadContext context, CancellationToken ct) => _clients.FinalReadAsync(context, ct);

    public void Dispose()
    {
        // Every connection belongs to a client and is closed when the client ends.
    }
}
