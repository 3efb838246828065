namespace ChaosBench.Model.Options;

/// <summary>A named volume mounted into each member at <see cref="Path"/>.</summary>
public sealed class VolumeOptions
{
    /// <summary>The mount path inside the container. Required.</summary>
    public string? Path { get; set; }

    /// <summary><c>normal</c> (the default) or <c>power-loss</c> (unsynced writes can be dropped).</summary>
    public string Durability { get; set; } = "normal";

    /// <summary>
    /// <c>power-loss</c> only: a file dirty for this long reaches the disk whole anyway, as the kernel's flusher
    /// writes an inode back (Linux does after 30s by default). Default: never, the strictest model.
    /// </summary>
    public TimeSpan? Writeback { get; set; }

    /// <summary>
    /// <c>power-loss</c> only: when a create, rename or unlink becomes durable: <c>immediate</c> (the default, as a
    /// journaling file system commits metadata) or <c>strict</c> (only once its directory is fsynced; a cut before
    /// that undoes it).
    /// </summary>
    public string DirectoryDurability { get; set; } = "immediate";

    /// <summary>
    /// Puts a <c>normal</c> volume behind the FUSE layer for its disk faults only (disk-full, io-error, slow-io):
    /// every write goes straight through, so a power cut has nothing to drop. Default: false.
    /// </summary>
    public bool Faults { get; set; }

    /// <summary>
    /// One volume for the whole run, mounted in every member of every service declaring a shared volume of this
    /// name (a share that an app server and its workers both see), instead of one per member. Default: false.
    /// </summary>
    public bool Shared { get; set; }

    /// <summary>Mounted read-only. Default: false.</summary>
    public bool ReadOnly { get; set; }
}
