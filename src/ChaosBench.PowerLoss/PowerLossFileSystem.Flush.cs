namespace ChaosBench.PowerLoss;

/// <summary>
/// How unsynced data reaches the backing directory: an fsync, the write-back timer, and the unsynced limit all
/// flush a file the same way, copying its pages under the file's lock and writing them without it, so the
/// program keeps reading and writing meanwhile and no lock is held across the disk I/O of the whole table.
/// </summary>
internal sealed partial class PowerLossFileSystem
{
    /// <summary>Pages copied per step of a flush (1 MiB): the most memory one flush adds while it runs.</summary>
    private const int FlushBatchPages = 256;

    /// <summary>Flushes write under it shared, a step at a time; a power cut takes it alone, so it waits for at most one step.</summary>
    private readonly ReaderWriterLockSlim _power = new();

    /// <summary>Memory held for unsynced data, over all files: what <see cref="LayerOptions.UnsyncedLimit"/> bounds.</summary>
    private long _held;

    /// <summary>Bumped by each cut: a flush that began before it writes nothing more.</summary>
    private int _generation;

    private volatile bool _frozen;

    public long HeldBytes => Interlocked.Read(ref _held);

    /// <summary>
    /// Stops write-back until the next crash: the power is off from this moment, though the product takes a
    /// little longer to die. Without it a flush in between could save what the cut must lose.
    /// </summary>
    public void Freeze() => _frozen = true;

    /// <summary>Writes back files dirty for <see cref="LayerOptions.Writeback"/> or longer; a timer calls it, as the kernel's flusher wakes up now and then, so a crash may come just before it.</summary>
    public void WriteBack()
    {
        if (Options.Writeback is not { } age || _frozen)
        {
            return;
        }

        var cutoff = Now - (long)age.TotalMilliseconds;
        foreach (var node in Nodes())
        {
            bool due;
            lock (node.Gate)
            {
                due = node.Unsynced.DirtySince <= cutoff;
            }

            if (due)
            {
                Flush(node, sync: false);
                lock (_table)
                {
                    ForgetIfIdle(node);
                }
            }
        }
    }

    /// <summary>
    /// Before a write: while the layer holds more than the unsynced limit, the file dirty longest is written back,
    /// by the writing thread, as the kernel makes a writer past its dirty limit wait for write-back.
    /// </summary>
    private void MakeRoom()
    {
        for (var tries = 0; tries < 8 && HeldBytes > Options.UnsyncedLimit && !_frozen; tries++)
        {
            var oldest = Nodes()
                .Select(n => (Node: n, Since: DirtySince(n)))
                .Where(d => d.Since is not null)
                .MinBy(d => d.Since);
            if (oldest.Node is null)
            {
                return;
            }

            Flush(oldest.Node, sync: false);
        }
    }

    /// <summary>
    /// Writes the file's unsynced pages and size through; with <paramref name="sync"/> (an fsync) the backing file
    /// is synced too. False when the power is off or was cut part-way: what it wrote stays written, as on a disk, and
    /// the file keeps all it held.
    /// </summary>
    /// <exception cref="BackingException">The backing file refused a write (ENOSPC on a full disk): everything stays unsynced.</exception>
    private bool Flush(FileNode node, bool sync)
    {
        lock (node.FlushGate)
        {
            UnsyncedFile file;
            FlushPlan plan;
            lock (node.Gate)
            {
                file = node.Unsynced;
                if (file.IsClean && !sync)
                {
                    return true;
                }

                plan = file.BeginFlush();
            }

            var generation = Volatile.Read(ref _generation);
            try
            {
                if (!Powered(generation, () => plan.Truncate(node)))
                {
                    return false;
                }

                while (!plan.Done)
                {
                    IReadOnlyList<PageCopy> copies;
                    lock (node.Gate)
                    {
                        copies = file.CopyNext(plan, FlushBatchPages);
                    }

                    var written = Powered(generation, () => plan.Write(node, copies));
                    file.Recycle(copies);
                    if (!written)
                    {
                        return false;
                    }
                }

                if (!Powered(generation, () => plan.Extend(node)))
                {
                    return false;
                }

                if (sync)
                {
                    node.Sync();
                }

                lock (node.Gate)
                {
                    if (node.Unsynced == file)
                    {
                        Account(node, f => f.Settle(plan));
                    }
                }

                return true;
            }
            finally
            {
                lock (node.Gate)
                {
                    file.Abandon(plan);
                }
            }
        }
    }

    /// <summary>
    /// Runs one step of a flush unless the power is off (<see cref="Freeze"/>) or was cut since the flush began. An
    /// fsync too: one that reaches the disk after the power went off (it waited in a <c>slow-io</c> delay while its
    /// process was being killed, say) makes nothing more durable and fails, or it would save what the cut must drop.
    /// Not held until the cut: the kill that comes before the cut waits for the process, which cannot die while its
    /// call is unanswered.
    /// </summary>
    private bool Powered(int generation, Action step)
    {
        _power.EnterReadLock();
        try
        {
            if (_generation != generation || _frozen)
            {
                return false;
            }

            step();
            return true;
        }
        finally
        {
            _power.ExitReadLock();
        }
    }

    /// <summary>The cut: no flush step starts after this, and the one in progress has ended.</summary>
    private void CutPower()
    {
        _power.EnterWriteLock();
        try
        {
            _generation++;
        }
        finally
        {
            _power.ExitWriteLock();
        }
    }

    /// <summary>Runs <paramref name="change"/> on the node's unsynced data and counts what it held more or less. Caller holds the node's lock.</summary>
    private void Account(FileNode node, Action<UnsyncedFile> change)
    {
        var before = node.Unsynced.HeldBytes;
        change(node.Unsynced);
        Interlocked.Add(ref _held, node.Unsynced.HeldBytes - before);
    }

    /// <summary>Gives the node fresh unsynced data over a durable size of <paramref name="size"/> (a crash forgot the old, or the node goes); the old pages go back to the pool. Caller holds the node's lock.</summary>
    private void Replace(FileNode node, long size)
    {
        Interlocked.Add(ref _held, -node.Unsynced.HeldBytes);
        node.Unsynced.Release();
        node.Unsynced = new UnsyncedFile(size, _pagePool);
    }

    private List<FileNode> Nodes()
    {
        lock (_table)
        {
            return [.. _nodes.Values];
        }
    }

    private static long? DirtySince(FileNode node)
    {
        lock (node.Gate)
        {
            return node.Unsynced.DirtySince;
        }
    }
}
