namespace ChaosBench.PowerLoss.Namespaces;

/// <summary>
/// The calls the namespace journal makes on the backing directory to keep aside and restore what changes removed.
/// Paths are relative to the volume (<c>/a/b</c>). The real one calls libc; tests use one in memory.
/// </summary>
internal interface INamespaceBacking
{
    /// <summary>Whether <paramref name="path"/> is a directory, another entry, or missing (null); symlinks are not followed.</summary>
    EntryKind? KindOf(string path);

    /// <summary>A directory's mode and owner, to make it again as it was.</summary>
    DirectoryOwner OwnerOf(string path);

    /// <summary>A second name for a non-directory (link(2)).</summary>
    void Link(string existing, string name);

    /// <summary>Removes a non-directory, or an empty directory.</summary>
    void Remove(string path);

    /// <summary>rename(2): <paramref name="to"/> is replaced if it exists.</summary>
    void Move(string from, string to);

    /// <summary>Swaps two names (renameat2 with RENAME_EXCHANGE).</summary>
    void Exchange(string a, string b);

    void MakeDirectory(string path, DirectoryOwner owner);
}

internal enum EntryKind
{
    File,
    Directory,
}

/// <summary>A directory's permission bits and owner.</summary>
internal sealed record DirectoryOwner(uint Mode, uint Uid, uint Gid);
