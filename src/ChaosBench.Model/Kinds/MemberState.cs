namespace ChaosBench.Model.Kinds;

/// <summary>
/// What is wrong with a member: what a fault leaves it in, and what a repair needs it in. A member can be several
/// at once (paused and partitioned); the heal phase repairs them in this order: thaw, reconnect, start, clear disk faults, reset the clock.
/// </summary>
[Flags]
public enum MemberState
{
    /// <summary>Nothing is wrong with it.</summary>
    Running = 0,

    /// <summary>Frozen: alive, answering nothing.</summary>
    Paused = 1,

    /// <summary>Cut off from every other member.</summary>
    Partitioned = 2,

    /// <summary>Its processes are gone (killed, stopped, powered off).</summary>
    Stopped = 4,

    /// <summary>A disk fault (disk-full, io-error, slow-io, reorder) is injected into one of its power-loss volumes.</summary>
    DiskFaulted = 8,

    /// <summary>Its clock is skewed (libfaketime) from its last start on.</summary>
    ClockSkewed = 16,
}
