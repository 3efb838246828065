using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.EtcdKv;

/// <summary><c>etcd-kv</c>: keys written, read and compared-and-set through etcd's JSON gateway.</summary>
public sealed class EtcdKvKind : WorkloadKind<EtcdKvOptions>, IWorkloadFactory
{
    public override string Name => "etcd-kv";

    public IWorkload Create(Workload workload) => new EtcdKvWorkload(workload.OptionsAs<EtcdKvOptions>());

    protected override void Validate(EtcdKvOptions options, KindCheck check) => KvOptions.Check(options, check);
}
