namespace ChaosBench.Workloads.RedisKv;

/// <summary>
/// Clients writing unique values to seed-chosen keys with <c>SET</c>, each at its share of the rate, over our
/// own RESP2 connection, and reading them back with <c>GET</c>; see <see cref="KvClients{T}"/>.
/// </summary>
/// <remarks>
/// How errors are recorded: a connection refused, an unreachable host or a connect timeout is <c>fail</c>,
/// since the command was never sent. Once it is sent, a timeout or a reset is <c>info</c>: Redis may have
/// applied it and lost only the reply. An error reply is <c>info</c> too: Redis itself rejects before
/// executing (LOADING, OOM, READONLY), but a proxy or another RESP server may answer an error after passing
/// the command on, and a <c>fail</c> the product did apply would be reported as an unexpected value.
/// </remarks>
public sealed class RedisKvWorkload : IWorkload
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A serving Redis answers in milliseconds; this leaves room for <c>appendfsync always</c> on a busy disk.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    private readonly KvClients<RedisConnection> _clients = new(
        "Redis",
        (endpoint, ct) => RedisConnection.ConnectAsync(endpoint, ConnectTimeout, RequestTimeout, ct),
        e => e is IOException or TimeoutException or RedisErrorException or NotAppliedException);

    public string Kind => Model.Options.WorkloadKinds.RedisKv;

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
