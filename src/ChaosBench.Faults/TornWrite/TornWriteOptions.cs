using System.ComponentModel;
using ChaosBench.Model.Kinds;
using ChaosBench.PowerLoss;

namespace ChaosBench.Faults.TornWrite;

/// <summary><c>torn-write: { target: etcd-2, path: /var/lib/etcd/member/wal }</c>: a power cut in the middle of a write.</summary>
public sealed class TornWriteOptions : TargetOptions
{
    /// <summary>Only writes under this absolute path, as the product sees it, are torn. Default: the member's most recent unsynced write anywhere.</summary>
    [Description("tear only writes under this absolute path")]
    [System.ComponentModel.DataAnnotations.RegularExpression("^/")]
    public string? Path { get; set; }

    /// <summary>Where the write may be cut: at a 512-byte sector boundary (the default, as disks tear), a 4096-byte page boundary, or any byte.</summary>
    [Description("where the write may be cut: 512 (a sector boundary, the default), 4096 (a page) or byte")]
    [Granularity]
    public TearGranularity Granularity { get; set; } = TearGranularity.Sector;
}
