namespace ChaosBench.PowerLoss;

/// <summary>When a create, rename or unlink on a power-loss volume becomes durable.</summary>
public enum DirectoryDurability
{
    /// <summary>At once, as a journaling file system commits metadata soon and in order: a crash keeps every namespace change (the default).</summary>
    Immediate,

    /// <summary>Only once its directory is fsynced: a crash before that undoes it (the file vanishes, the old name comes back).</summary>
    Strict,
}
