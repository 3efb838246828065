namespace ChaosBench.PowerLoss.Namespaces;

/// <summary>A namespace change made on the backing directory and not yet durable: how to undo it at a crash and what to let go once durable.</summary>
internal abstract record NamespaceChange
{
    /// <summary>The directories whose entries it changed.</summary>
    public abstract IEnumerable<string> Directories { get; }

    public abstract void Undo(INamespaceBacking backing);

    /// <summary>It is durable: what was kept aside to undo it goes.</summary>
    public virtual void Commit(INamespaceBacking backing)
    {
    }

    public bool Touches(string directory) => Directories.Contains(directory, StringComparer.Ordinal);

    /// <summary><c>/a</c> for <c>/a/b</c>, <c>/</c> for <c>/b</c>.</summary>
    protected static string Parent(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "/";
}

/// <summary>A name created (file, directory, node, symlink or hard link): undone by removing it.</summary>
internal sealed record Created(string Path) : NamespaceChange
{
    public override IEnumerable<string> Directories => [Parent(Path)];

    public override void Undo(INamespaceBacking backing) => backing.Remove(Path);

    public override string ToString() => $"create {Path}";
}

/// <summary>A name removed (unlink, rmdir): undone by bringing back what was kept.</summary>
internal sealed record Removed(Removal Kept) : NamespaceChange
{
    public override IEnumerable<string> Directories => [Parent(Kept.Path)];

    public override void Undo(INamespaceBacking backing) => Kept.Restore(backing);

    public override void Commit(INamespaceBacking backing) => Kept.Discard(backing);

    public override string ToString() => $"{(Kept.Directory is null ? "unlink" : "rmdir")} {Kept.Path}";
}

/// <summary>A rename, over <paramref name="Replaced"/> when the target existed: undone by renaming back and restoring the target.</summary>
internal sealed record Renamed(string From, string To, Removal? Replaced) : NamespaceChange
{
    public override IEnumerable<string> Directories => [Parent(From), Parent(To)];

    public override void Undo(INamespaceBacking backing)
    {
        backing.Move(To, From);
        Replaced?.Restore(backing);
    }

    public override void Commit(INamespaceBacking backing) => Replaced?.Discard(backing);

    public override string ToString() => $"rename {From} -> {To}";
}

/// <summary>Two names swapped (RENAME_EXCHANGE): undone by swapping them back.</summary>
internal sealed record Exchanged(string A, string B) : NamespaceChange
{
    public override IEnumerable<string> Directories => [Parent(A), Parent(B)];

    public override void Undo(INamespaceBacking backing) => backing.Exchange(A, B);

    public override string ToString() => $"exchange {A} <-> {B}";
}

/// <summary>
/// What a removal took away from <paramref name="Path"/>: a hard link to the entry under the stash, or, for a
/// directory (always empty when removed), its mode and owner.
/// </summary>
internal sealed record Removal(string Path, string? Stash, DirectoryOwner? Directory)
{
    public void Restore(INamespaceBacking backing)
    {
        if (Stash is not null)
        {
            backing.Move(Stash, Path);
        }
        else
        {
            backing.MakeDirectory(Path, Directory!);
        }
    }

    public void Discard(INamespaceBacking backing)
    {
        if (Stash is not null)
        {
            backing.Remove(Stash);
        }
    }
}
