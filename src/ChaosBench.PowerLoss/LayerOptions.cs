namespace ChaosBench.PowerLoss;

/// <summary>How a power-loss layer keeps unsynced data: validated when the layer is mounted.</summary>
public sealed class LayerOptions
{
    /// <summary>256 MiB: the default <see cref="UnsyncedLimit"/>.</summary>
    public const long DefaultUnsyncedLimit = 256L << 20;

    /// <summary>
    /// A file dirty for this long reaches its backing file whole anyway, as the kernel's flusher writes an inode
    /// back; null (the default) keeps everything until the program syncs, the strictest model.
    /// </summary>
    public TimeSpan? Writeback { get; init; }

    /// <summary>
    /// <c>unsynced-limit</c>: the most memory the layer holds for unsynced data (4 KiB per dirty page). Beyond it
    /// the file dirty longest is written back (unsynced: a crash keeps it), as the kernel's dirty limit forces.
    /// Default 256 MiB.
    /// </summary>
    public long UnsyncedLimit { get; init; } = DefaultUnsyncedLimit;

    /// <summary><c>directory-durability</c>: when creates, renames and unlinks become durable; default <see cref="PowerLoss.DirectoryDurability.Immediate"/>.</summary>
    public DirectoryDurability DirectoryDurability { get; init; } = DirectoryDurability.Immediate;

    /// <summary>
    /// <c>faults: true</c> without <c>durability: power-loss</c>: every write, truncate and allocation reaches the
    /// backing file at once (unsynced, as a plain volume's page cache holds it), so nothing is held and a cut loses
    /// nothing; only the disk-fault hooks act. Default false.
    /// </summary>
    public bool WriteThrough { get; init; }

    /// <summary>The clock write-back ages files by and faults delay and stamp with; default the system's.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <exception cref="PowerLossException">An option is out of range; the message names each and its fix.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if (Writeback <= TimeSpan.Zero)
        {
            problems.Add($"writeback {Writeback} is not positive; fix: e.g. 2s, or none");
        }

        if (UnsyncedLimit < UnsyncedFile.PageSize)
        {
            problems.Add($"unsynced-limit {UnsyncedLimit} bytes is less than one page ({UnsyncedFile.PageSize}); fix: e.g. 64MiB");
        }

        if (!Enum.IsDefined(DirectoryDurability))
        {
            problems.Add($"directory-durability {DirectoryDurability} is unknown; fix: immediate or strict");
        }

        if (problems.Count > 0)
        {
            throw new PowerLossException($"power-loss layer options: {string.Join("; ", problems)}");
        }
    }
}
