namespace ChaosBench.Workloads.EtcdKv;

/// <summary>
/// Clients writing unique values to seed-chosen keys through etcd's JSON gateway (<c>/v3/kv/put</c>, read back
/// with linearizable <c>/v3/kv/range</c>), each at its share of the rate, and at the options' shares reading them
/// (<c>/v3/kv/range</c>, linearizable or serializable) and compare-and-setting them (<c>/v3/kv/txn</c>); see <see cref="KvClients{T}"/>.
/// </summary>
/// <remarks>
/// How errors are recorded: a connection refused or unreachable is <c>fail</c>, since no request was sent.
/// Once it is sent, a timeout, a reset or an error answer is <c>info</c>: etcd answers "request timed out"
/// for a proposal it may still commit.
/// </remarks>
public sealed class EtcdKvWorkload : IWorkload
{
    /// <summary>Longer than an etcd leader election, shorter than a stuck cluster.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = RequestTimeout };
    private readonly KvClients<EtcdConnection> _clients;

    public EtcdKvWorkload(EtcdKvOptions options)
    {
        var etcd = new EtcdClient(_http);
        var serializable = options.ReadConsistency == EtcdReadConsistency.Serializable;
        _clients = new(
            "etcd",
            (endpoint, _) => Task.FromResult(new EtcdConnection(etcd, endpoint, serializable)),
            e => e is HttpRequestException or TaskCanceledException or IOException,
            mix: KvMix.Of(options));
    }

    public string Scheme => "http";

    public int Port => 2379;

    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) => _clients.CheckSteadyStateAsync(context, ct);

    public Task RunAsync(WorkloadContext context, CancellationToken stop) => _clients.RunAsync(context, stop);

    public Task FinalReadAsync(WorkloadContext context, CancellationToken ct) => _clients.FinalReadAsync(context, ct);

    public void Dispose() => _http.Dispose();
}
