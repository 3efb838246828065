namespace ChaosBench.Engine.Cleanup;

/// <summary>What can be told about the harness process that owns a run, from where the sweeper runs.</summary>
public enum OwnerState
{
    /// <summary>It runs: same host and boot, and a process with its pid and start time exists.</summary>
    Alive,

    /// <summary>It certainly no longer runs: no such process on this host, or it ran in an earlier boot of this host.</summary>
    Dead,

    /// <summary>It ran on another host; only that host can tell, so its objects are never swept automatically.</summary>
    Elsewhere,
}
