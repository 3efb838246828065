using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.RedisKv;

/// <summary><c>redis-kv</c>: keys set, read and compared-and-set over RESP2.</summary>
public sealed class RedisKvKind : WorkloadKind<RedisKvOptions>, IWorkloadFactory
{
    public override string Name => "redis-kv";

    public IWorkload Create(Workload workload) => RedisWorkload.Registers(workload.OptionsAs<RedisKvOptions>());

    protected override void Validate(RedisKvOptions options, KindCheck check)
    {
        KvOptions.Check(options, check);
        if (options.Timeout <= TimeSpan.Zero)
        {
            check.Error("timeout", "a client that waits no time for a reply never gets one", "a positive duration, e.g. 1s");
        }
    }
}
