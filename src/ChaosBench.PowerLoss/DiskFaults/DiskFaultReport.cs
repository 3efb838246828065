namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary>What one injected disk fault did: the calls it covered, how many it failed or delayed, and when it first failed one.</summary>
public sealed record DiskFaultReport(int Id, DiskFault Fault)
{
    /// <summary>Calls in the fault's scope that it acted on.</summary>
    public long Calls { get; init; }

    /// <summary>Calls it failed.</summary>
    public long Failed { get; init; }

    /// <summary>When it failed its first call; null when it has not.</summary>
    public DateTimeOffset? FirstFailureAt { get; init; }

    /// <summary>Calls it delayed, and for how long in all.</summary>
    public long Delayed { get; init; }

    public TimeSpan TotalDelay { get; init; }

    /// <summary>For <c>reorder</c>, what survived the cut; null before it.</summary>
    public ReorderReport? Reordered { get; init; }

    /// <summary>True once cleared, or (for <c>reorder</c>) once its cut came.</summary>
    public bool Ended { get; init; }

    public override string ToString() => Fault.Describe(this) + (Ended ? "; ended" : string.Empty);
}
