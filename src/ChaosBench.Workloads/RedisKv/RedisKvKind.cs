using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.RedisKv;

/// <summary><c>redis-kv</c>: keys set, read and compared-and-set over RESP2.</summary>
public sealed class RedisKvKind : WorkloadKind<KvOptions>, IWorkloadFactory
{
    public override string Name => "redis-kv";

    public IWorkload Create(Workload workload) => RedisWorkload.Registers(workload.OptionsAs<KvOptions>());

    protected override void Validate(KvOptions options, KindCheck check) => KvOptions.Check(options, check);
}
