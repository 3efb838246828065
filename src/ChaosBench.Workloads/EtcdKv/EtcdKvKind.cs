using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.EtcdKv;

/// <summary><c>etcd-kv</c>: keys written and read back through etcd's JSON gateway.</summary>
public sealed class EtcdKvKind : WorkloadKind<NoOptions>, IWorkloadFactory
{
    public override string Name => "etcd-kv";

    public IWorkload Create(Workload workload) => new EtcdKvWorkload();
}
