using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Workloads.RedisSet;

/// <summary>
/// Clients adding unique elements (<c>client-sequence</c>) to one Redis set with <c>SADD</c>, each at its share
/// of the rate, recorded as <c>add</c> ops; after recovery one <c>SMEMBERS</c> is the <c>final-read-set</c>.
/// The same connection and error rules as <see cref="RedisKvWorkload"/>.
/// </summary>
public sealed class RedisSetWorkload : IWorkload
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    private readonly KvClients<RedisSetConnection> _clients = new(
        "Redis",
        async (endpoint, ct) => new RedisSetConnection(await RedisConnection.ConnectAsync(endpoint, ConnectTimeout, RequestTimeout, ct)),
        e => e is IOException or TimeoutException or RedisErrorException or NotAppliedException,
        KvShape.Set);

    public string Kind => Model.Options.WorkloadKinds.RedisSet;

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
