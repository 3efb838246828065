using System.ComponentModel;

namespace ChaosBench.Workloads.EtcdKv;

/// <summary><c>etcd-kv</c>'s own options: the operation mix, and how reads are served.</summary>
public sealed class EtcdKvOptions : KvOptions
{
    /// <summary>How etcd serves the reads during the run. Default: <see cref="EtcdReadConsistency.Linearizable"/>.</summary>
    [Description("how etcd serves the reads during the run: linearizable (through the leader's quorum) or serializable (from the member's own state)")]
    public EtcdReadConsistency ReadConsistency { get; set; } = EtcdReadConsistency.Linearizable;
}
