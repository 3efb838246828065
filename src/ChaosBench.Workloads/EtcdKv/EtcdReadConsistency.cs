namespace ChaosBench.Workloads.EtcdKv;

/// <summary>etcd's two kinds of range request.</summary>
public enum EtcdReadConsistency
{
    /// <summary>Confirmed with a quorum before answering: never stale.</summary>
    Linearizable,

    /// <summary>Answered from the member's own state: a partitioned or lagging member answers stale values.</summary>
    Serializable,
}
