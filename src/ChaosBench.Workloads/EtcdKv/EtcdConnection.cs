namespace ChaosBench.Workloads.EtcdKv;

/// <summary>One client's view of one etcd member through the JSON gateway; HTTP connections are pooled by the workload's client.</summary>
internal sealed class EtcdConnection(EtcdClient etcd, Uri endpoint, bool serializable) : ICasConnection
{
    public Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    public Task WriteAsync(string key, string value, CancellationToken ct) => etcd.PutAsync(endpoint, key, value, ct);

    public Task<string?> ReadAsync(string key, CancellationToken ct) => etcd.GetAsync(endpoint, key, serializable, ct);

    public Task<bool> CasAsync(string key, string? expected, string value, CancellationToken ct) => etcd.CasAsync(endpoint, key, expected, value, ct);

    public void Dispose()
    {
        // Nothing of its own: the HttpClient belongs to the workload.
    }
}
