namespace ChaosBench.Checkers.Transactions;

/// <summary>Why one transaction must come before another, Adya's dependencies plus real time.</summary>
public enum DependencyKind
{
    /// <summary>ww: the later transaction appended to a list right after the earlier one's append.</summary>
    WriteWrite,

    /// <summary>wr: the later transaction read the list as the earlier one's append left it.</summary>
    WriteRead,

    /// <summary>rw, an anti-dependency: the earlier transaction read the list as it was before the later one's append.</summary>
    ReadWrite,

    /// <summary>The earlier transaction completed before the later one was invoked.</summary>
    Realtime,
}
