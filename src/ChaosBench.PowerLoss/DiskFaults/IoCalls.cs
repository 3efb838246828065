namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary>The calls a disk fault may act on; <c>fallocate</c> counts as a write.</summary>
[Flags]
public enum IoCalls
{
    None = 0,
    Read = 1,
    Write = 2,
    Fsync = 4,
    Open = 8,
    All = Read | Write | Fsync | Open,
}
