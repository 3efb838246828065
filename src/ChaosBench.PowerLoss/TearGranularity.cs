namespace ChaosBench.PowerLoss;

/// <summary>Where a torn write may be cut: at any byte, or only where a disk tears, at a sector or page boundary of the file.</summary>
public enum TearGranularity
{
    /// <summary>Any byte: a prefix of any length survives.</summary>
    Byte = 1,

    /// <summary>A 512-byte sector boundary, as disks tear: the default.</summary>
    Sector = 512,

    /// <summary>A 4 KiB page boundary, as a disk with 4K sectors or a file system block tears.</summary>
    Page = 4096,
}
