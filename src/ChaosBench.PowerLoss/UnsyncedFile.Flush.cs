namespace ChaosBench.PowerLoss;

/// <summary>
/// Flushing in steps: the file's lock is held while pages are copied, never while they are written, so a
/// write-back or an fsync of a large file does not stall the program's reads and writes of it.
/// </summary>
internal sealed partial class UnsyncedFile
{
    /// <summary>Writes every unsynced page and the size through, then syncs the durable copy: an fsync, in one go.</summary>
    public void Sync(IFileBacking backing)
    {
        var plan = Flush(backing);
        backing.Sync();
        Settle(plan);
    }

    /// <summary>
    /// What the kernel's flusher does to a file dirty for long enough: all of it reaches the durable copy, unsynced
    /// (a later crash keeps it all the same), in one go.
    /// </summary>
    public void WriteThrough(IFileBacking backing) => Settle(Flush(backing));

    /// <summary>Starts a flush: which pages it covers and the truncation it must make durable. Under the file's lock.</summary>
    public FlushPlan BeginFlush()
    {
        _flush = new FlushPlan([.. _pages.Keys], _cut);
        return _flush;
    }

    /// <summary>
    /// Copies up to <paramref name="pages"/> of the plan's pages as they are now, remembering their versions; the
    /// call that copies the last of them also fixes the size the flush writes. Under the file's lock.
    /// </summary>
    public IReadOnlyList<PageCopy> CopyNext(FlushPlan plan, int pages)
    {
        var copies = new List<PageCopy>();
        while (copies.Count < pages && plan.Next < plan.Pages.Count)
        {
            var page = plan.Pages[plan.Next++];
            if (_pages.TryGetValue(page, out var dirty))
            {
                plan.Copied[page] = dirty.Version;
                var length = (int)Math.Min(PageSize, Size - (page * PageSize));
                var copy = _pool.Rent();
                dirty.Data.AsSpan(0, length).CopyTo(copy);
                copies.Add(new PageCopy(page * PageSize, copy, length));
            }
        }

        if (plan.Next == plan.Pages.Count && !plan.Done)
        {
            plan.Finish(Size, _sequence, Log?.Count ?? 0);
        }

        return copies;
    }

    /// <summary>
    /// Ends a flush whose writes reached the durable copy: pages not changed since they were copied are clean now.
    /// A flush during which the file shrank settles nothing: the durable copy may hold pages past the new end,
    /// which the pending truncation still hides, and the next flush settles them. Under the file's lock.
    /// </summary>
    public void Settle(FlushPlan plan)
    {
        _flush = null;
        if (plan.Shrunk)
        {
            return;
        }

        foreach (var (page, version) in plan.Copied)
        {
            if (_pages.TryGetValue(page, out var dirty) && dirty.Version == version)
            {
                Drop(page);
            }
        }

        _cut = plan.Size;
        _dirtySince = plan.DirtiedAt;
        if (LastWrite?.Sequence <= plan.Sequence)
        {
            LastWrite = null;
        }

        Log?.DropFirst(plan.Logged);
    }

    /// <summary>Gives a flush's copies back once they are written (or will not be). Any thread.</summary>
    public void Recycle(IReadOnlyList<PageCopy> copies)
    {
        foreach (var copy in copies)
        {
            _pool.Return(copy.Data);
        }
    }

    /// <summary>Ends a flush that failed part-way: everything stays unsynced, the durable copy holds what was written. Under the file's lock.</summary>
    public void Abandon(FlushPlan plan)
    {
        if (_flush == plan)
        {
            _flush = null;
        }
    }

    /// <summary>A flush in one go, for a caller holding the file's lock throughout.</summary>
    private FlushPlan Flush(IFileBacking backing)
    {
        var plan = BeginFlush();
        plan.Truncate(backing);
        while (!plan.Done)
        {
            var copies = CopyNext(plan, int.MaxValue);
            plan.Write(backing, copies);
            Recycle(copies);
        }

        plan.Extend(backing);
        return plan;
    }
}
