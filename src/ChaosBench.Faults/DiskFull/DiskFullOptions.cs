using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.DiskFull;

/// <summary><c>disk-full: { target: redis, path: /data, after: 1MiB, for: 5s }</c>: writes fail with ENOSPC.</summary>
public sealed class DiskFullOptions : DiskFaultOptions
{
    /// <summary>Bytes still accepted before the disk is full (the write crossing the line is cut short). Default: full at once.</summary>
    [Description("bytes still written before the disk is full (default: full at once)")]
    [OptionKey("after")]
    [Size]
    public long? AfterBytes { get; set; }
}
