namespace ChaosBench.Faults.Partition;

/// <summary>Jepsen's partition shapes over a service's members, drawn at run time.</summary>
public enum PartitionShapeName
{
    /// <summary>A seed-chosen minority (fewer than half) cut from the majority.</summary>
    MajorityMinority,

    /// <summary>The members shuffled by the seed and cut in two halves (the odd one in the second).</summary>
    Halves,

    /// <summary>The leader, as the cluster kind names it when the fault is due, cut from every other member.</summary>
    IsolateLeader,
}
