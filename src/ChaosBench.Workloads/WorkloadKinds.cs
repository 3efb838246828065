using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads;

/// <summary>The workload kinds this project ships, in the order errors and the schema list them.</summary>
public static class WorkloadKinds
{
    /// <summary>Every built-in workload; add yours with <c>WorkloadKinds.Default.With(new MyWorkload())</c>.</summary>
    public static KindCatalog<IWorkloadKind> Default { get; } = KindCatalog.Empty<IWorkloadKind>()
        .With(new EtcdKv.EtcdKvKind())
        .With(new RedisKv.RedisKvKind())
        .With(new PostgresKv.PostgresKvKind())
        .With(new HttpKv.HttpKvKind())
        .With(new RedisSet.RedisSetKind())
        .With(new RedisList.RedisListKind())
        .With(new PostgresAppend.PostgresAppendKind());
}
