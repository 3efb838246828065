using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Workloads.RedisList;

/// <summary>
/// Clients appending unique elements (<c>client-sequence</c>) to one Redis list with <c>RPUSH</c>, each at its
/// share of the rate, recorded as <c>append</c> ops; after recovery one <c>LRANGE 0 -1</c> is the
/// <c>final-read-list</c>. The same connection and error rules as <see cref="RedisKvWorkload"/>.
/// </summary>
public sealed class RedisListWorkload : IWorkload
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    private readonly KvClients<RedisListConnection> _clients = new(
        "Redis",
        async (endpoint, ct) => new RedisListConnection(await RedisConnection.ConnectAsync(endpoint, ConnectTimeout, RequestTimeout, ct)),
        e => e is IOException or TimeoutException or RedisErrorException or NotAppliedException,
        KvShape.List);

    public string Kind => Model.Options.WorkloadKinds.RedisList;

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
