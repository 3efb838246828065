using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.RedisSet;

/// <summary><c>redis-set</c>: unique elements added to one set (SADD, SMEMBERS).</summary>
public sealed class RedisSetKind : WorkloadKind<NoOptions>, IWorkloadFactory
{
    public override string Name => "redis-set";

    public IWorkload Create(Workload workload) => RedisKv.RedisWorkload.Set();
}
