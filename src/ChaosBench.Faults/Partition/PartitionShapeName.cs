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

    /// <summary>Halves (shuffled by the seed) cut from each other, but for one member in both, which still hears everyone (Jepsen's bridge).</summary>
    Bridge,

    /// <summary>
    /// The members in a ring (shuffled by the seed), each hearing only the majority that starts at itself and goes
    /// round: every member sees a majority, and no two see the same one (Jepsen's majorities-ring). With an even
    /// count or three members the cuts are one-way.
    /// </summary>
    Ring,
}
