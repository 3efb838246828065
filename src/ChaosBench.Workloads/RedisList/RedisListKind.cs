using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.RedisList;

/// <summary><c>redis-list</c>: unique elements appended to one list (RPUSH, LRANGE).</summary>
public sealed class RedisListKind : WorkloadKind<NoOptions>, IWorkloadFactory
{
    public override string Name => "redis-list";

    public IWorkload Create(Workload workload) => RedisKv.RedisWorkload.List();
}
