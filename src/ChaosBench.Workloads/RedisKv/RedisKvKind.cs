using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.RedisKv;

/// <summary><c>redis-kv</c>: keys set and read back over RESP2.</summary>
public sealed class RedisKvKind : WorkloadKind<NoOptions>, IWorkloadFactory
{
    public override string Name => "redis-kv";

    public IWorkload Create(Workload workload) => RedisWorkload.Registers();
}
