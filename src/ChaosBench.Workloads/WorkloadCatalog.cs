namespace ChaosBench.Workloads;

/// <summary>The workloads by kind. Each run gets fresh instances, so no connection outlives its run.</summary>
public sealed class WorkloadCatalog(IReadOnlyDictionary<string, Func<IWorkload>> factories)
{
    public static WorkloadCatalog Default { get; } = new(new Dictionary<string, Func<IWorkload>>
    {
        [Model.Options.WorkloadKinds.EtcdKv] = () => new EtcdKv.EtcdKvWorkload(),
        [Model.Options.WorkloadKinds.RedisKv] = () => new RedisKv.RedisKvWorkload(),
        [Model.Options.WorkloadKinds.PostgresqlKv] = () => new PostgresKv.PostgresKvWorkload(),
    });

    public IWorkload Create(string kind) =>
        factories.TryGetValue(kind, out var create) ? create() : throw new ArgumentException($"no workload '{kind}'");
}
