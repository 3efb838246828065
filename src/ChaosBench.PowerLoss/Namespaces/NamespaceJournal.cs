namespace ChaosBench.PowerLoss.Namespaces;

/// <summary>
/// <c>directory-durability: strict</c>: namespace changes (create, rename, unlink) still reach the backing
/// directory at once, so programs see them, but each is durable only once a directory it changed is fsynced; a
/// crash undoes the rest, latest first (the file vanishes, the old name comes back). What a change removes is
/// kept aside until then: a hard link under <see cref="Stash"/>, or a directory's mode and owner. A directory
/// fsync makes durable its own changes and every change made before them, as a journaling file system commits
/// its journal in order, so what survives is always the namespace as it was at some moment.
/// </summary>
/// <remarks>
/// The kernel holds a directory's lock across a FUSE call that changes it, so two changes to one directory
/// never interleave between their call and their entry here.
/// </remarks>
internal sealed class NamespaceJournal(INamespaceBacking backing)
{
    /// <summary>Where removed entries wait, in the volume's root; hidden from programs.</summary>
    public const string Stash = "/.chaosbench-undo";

    private readonly Lock _gate = new();
    private readonly List<NamespaceChange> _pending = [];
    private long _stashed;

    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Runs <paramref name="create"/> (a -errno result); a name it made is recorded.</summary>
    public int Create(string path, Func<int> create)
    {
        var result = create();
        if (result == 0)
        {
            Created(path);
        }

        return result;
    }

    /// <summary>Records a name made by a call that may also open an existing one (open with O_CREAT).</summary>
    public void Created(string path) => Add(new Created(path));

    /// <summary>Runs <paramref name="remove"/> (unlink or rmdir of <paramref name="path"/>), keeping what it removes.</summary>
    public int Remove(string path, Func<int> remove)
    {
        var kept = Keep(path);
        var result = remove();
        Record(result, kept, () => new Removed(kept!));
        return result;
    }

    /// <summary>Runs <paramref name="rename"/>; <paramref name="exchange"/> swaps the names, otherwise a target it replaces is kept.</summary>
    public int Rename(string from, string to, bool exchange, Func<int> rename)
    {
        if (from == to)
        {
            return rename(); // rename(2) of a name to itself changes nothing.
        }

        var replaced = exchange ? null : Keep(to);
        var result = rename();
        Record(result, replaced, () => exchange ? new Exchanged(from, to) : new Renamed(from, to, replaced));
        return result;
    }

    /// <summary>A directory fsync: its changes, and every change made before the last of them, are durable now.</summary>
    public void Synced(string directory)
    {
        List<NamespaceChange> durable;
        lock (_gate)
        {
            var last = _pending.FindLastIndex(c => c.Touches(directory));
            durable = _pending[..(last + 1)];
            _pending.RemoveRange(0, last + 1);
        }

        foreach (var change in durable)
        {
            change.Commit(backing);
        }
    }

    /// <summary>The power is cut: undoes every change not yet durable, latest first, and says what it undid.</summary>
    public IReadOnlyList<string> Crash()
    {
        var undone = new List<string>();
        foreach (var change in TakeAll().AsEnumerable().Reverse())
        {
            try
            {
                change.Undo(backing);
                undone.Add(change.ToString());
            }
            catch (BackingException e)
            {
                undone.Add($"{change} (could not undo: {e.Message})");
            }
        }

        RemoveStash();
        return undone;
    }

    /// <summary>The layer goes away without a crash: every change stays, and what was kept aside goes.</summary>
    public void CommitAll()
    {
        foreach (var change in TakeAll())
        {
            change.Commit(backing);
        }

        RemoveStash();
    }

    /// <summary>Nothing is pending: the stash, empty now, goes, so the volume holds only what programs made.</summary>
    private void RemoveStash()
    {
        if (backing.KindOf(Stash) is not null)
        {
            backing.Remove(Stash);
        }
    }

    private List<NamespaceChange> TakeAll()
    {
        lock (_gate)
        {
            var all = _pending.ToList();
            _pending.Clear();
            return all;
        }
    }

    /// <summary>Before a change that removes <paramref name="path"/>: keeps what it removes; null when nothing is there.</summary>
    private Removal? Keep(string path)
    {
        switch (backing.KindOf(path))
        {
            case null:
                return null;
            case EntryKind.Directory:
                return new Removal(path, null, backing.OwnerOf(path));
            default:
                if (backing.KindOf(Stash) is null)
                {
                    backing.MakeDirectory(Stash, new DirectoryOwner(0b111_000_000, 0, 0));
                }

                var stash = $"{Stash}/{Interlocked.Increment(ref _stashed)}";
                backing.Link(path, stash);
                return new Removal(path, stash, null);
        }
    }

    private void Record(int result, Removal? kept, Func<NamespaceChange> change)
    {
        if (result == 0)
        {
            Add(change());
        }
        else
        {
            kept?.Discard(backing);
        }
    }

    private void Add(NamespaceChange change)
    {
        lock (_gate)
        {
            _pending.Add(change);
        }
    }
}
