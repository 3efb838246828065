using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.ClearDisk;

/// <summary><c>clear-disk-faults: { target: previous }</c>: ends the disk faults injected into the members.</summary>
public sealed class ClearDiskOptions : TargetOptions;
