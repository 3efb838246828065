using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Workloads;

/// <summary>The workloads by kind. Each run gets fresh instances, so no connection outlives its run.</summary>
public sealed class WorkloadCatalog(IReadOnlyDictionary<string, Func<Workload, IWorkload>> factories)
{
    public static WorkloadCatalog Default { get; } = new(new Dictionary<string, Func<Workload, IWorkload>>
    {
        [WorkloadKinds.EtcdKv] = _ => new EtcdKv.EtcdKvWorkload(),
        [WorkloadKinds.RedisKv] = _ => RedisKv.RedisWorkload.Registers(),
        [WorkloadKinds.PostgresqlKv] = _ => new PostgresKv.PostgresKvWorkload(),
        [WorkloadKinds.HttpKv] = w => new HttpKv.HttpKvWorkload(w.Http!),
        [WorkloadKinds.RedisSet] = _ => RedisKv.RedisWorkload.Set(),
        [WorkloadKinds.RedisList] = _ => RedisKv.RedisWorkload.List(),
    });

    /// <summary>A fresh workload of <paramref name="workload"/>'s kind, configured by it.</summary>
    public IWorkload Create(Workload workload) =>
        factories.TryGetValue(workload.Kind, out var create) ? create(workload) : throw new ArgumentException($"no workload '{workload.Kind}'");
}
