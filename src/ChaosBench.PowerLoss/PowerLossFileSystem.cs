using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// A pass-through file system over a backing directory that keeps file data and sizes in memory until the
/// program makes them durable (fsync, fdatasync, an O_SYNC/O_DSYNC write). <see cref="Crash"/> forgets
/// everything not yet durable, so the backing directory is what a power cut would have left on disk.
/// Namespace operations (create, mkdir, rename, link, unlink, rmdir, chmod, chown, utimens) reach the
/// backing directory at once: see docs/power-loss.md for why.
/// </summary>
internal sealed unsafe partial class PowerLossFileSystem(string backingRoot, TimeSpan? writeback = null)
{
    /// <summary>Numbers writes across every mounted layer, so the latest one among several volumes is known.</summary>
    private static long s_writes;

    private readonly Lock _table = new();
    private readonly Dictionary<ulong, FileNode> _nodes = [];
    private readonly Dictionary<ulong, OpenFile> _open = [];
    private readonly Dictionary<ulong, string> _directories = [];
    private ulong _nextHandle;
    private bool _frozen;

    public string BackingRoot { get; } = backingRoot.TrimEnd('/');

    /// <summary>Bytes written and not yet durable, over all files.</summary>
    public long UnsyncedBytes
    {
        get
        {
            lock (_table)
            {
                return _nodes.Values.Sum(n => { lock (n.Gate) { return n.Unsynced.UnsyncedBytes; } });
            }
        }
    }

    /// <summary>
    /// A file dirty for this long reaches its backing file whole anyway, as the kernel's flusher writes an
    /// inode back; null (the default) keeps everything until the program syncs, the strictest model.
    /// </summary>
    public TimeSpan? Writeback { get; } = writeback;

    /// <summary>Writes back files dirty for <see cref="Writeback"/> or longer; a timer calls it, as the kernel's flusher wakes up now and then, so a crash may come just before it.</summary>
    public void WriteBack()
    {
        if (Writeback is not { } age)
        {
            return;
        }

        var cutoff = Environment.TickCount64 - (long)age.TotalMilliseconds;
        lock (_table)
        {
            if (_frozen)
            {
                return;
            }

            foreach (var node in _nodes.Values.ToList())
            {
                lock (node.Gate)
                {
                    node.Unsynced.WriteBack(node, cutoff);
                }

                ForgetIfIdle(node);
            }
        }
    }

    /// <summary>
    /// Stops write-back until the next crash: the power is off from this moment, though the product takes a
    /// little longer to die. Without it a flush in between could save what the cut must lose.
    /// </summary>
    public void Freeze()
    {
        lock (_table)
        {
            _frozen = true;
        }
    }

    /// <summary>Drops everything not yet durable or written back, as a power cut would; ends a <see cref="Freeze"/>.</summary>
    public CrashReport Crash()
    {
        lock (_table)
        {
            var files = new List<string>();
            long bytes = 0;
            foreach (var node in _nodes.Values.ToList())
            {
                lock (node.Gate)
                {
                    if (!node.Unsynced.IsClean)
                    {
                        files.Add(node.Path);
                        bytes += node.Unsynced.UnsyncedBytes;
                        node.Unsynced = new UnsyncedFile(node.Size);
                    }
                }

                ForgetIfIdle(node);
            }

            _frozen = false;
            return new CrashReport(files, bytes, null);
        }
    }

    /// <summary>The sequence number of the most recent unsynced write under <paramref name="under"/>; null when there is none.</summary>
    public long? LatestWrite(string? under = null)
    {
        lock (_table)
        {
            return LatestNode(under)?.Unsynced.LastWrite?.Sequence;
        }
    }

    /// <summary>
    /// A torn write: of the most recent unsynced write (to a file under <paramref name="under"/> when given),
    /// only a prefix of <paramref name="choose"/>(length) bytes reaches the backing file; then the rest crashes.
    /// Null when no file holds an unsynced write.
    /// </summary>
    public CrashReport? Tear(Func<int, int> choose, string? under = null)
    {
        lock (_table)
        {
            if (LatestNode(under) is not { } node)
            {
                return null;
            }

            TornWrite torn;
            lock (node.Gate)
            {
                var (offset, data, _) = node.Unsynced.LastWrite!.Value;
                var kept = choose(data.Length);
                node.WriteAt(offset, data.AsSpan(0, kept));
                node.Sync();
                torn = new TornWrite(node.Path, offset, data.Length, kept);
            }

            return Crash() with { Torn = torn };
        }
    }

    internal int Open(string path, FuseFileInfo* info, bool create, uint mode)
    {
        var flags = info->Flags;
        var backingFlags = LibC.ORdWr | LibC.OCloExec | (create ? LibC.OCreat | (flags & LibC.OExcl) : 0);
        var fd = LibC.Open(Backing(path), backingFlags, mode);
        if (fd < 0)
        {
            return LibC.Error();
        }

        if (create)
        {
            var context = LibFuse.Context();
            LibC.FChown(fd, context->Uid, context->Gid);
        }

        var node = Adopt(fd, path);
        if ((flags & LibC.OTrunc) != 0)
        {
            lock (node.Gate)
            {
                node.Unsynced.SetSize(0, Environment.TickCount64);
            }
        }

        lock (_table)
        {
            info->Handle = ++_nextHandle;
            _open[info->Handle] = new OpenFile(node, (flags & LibC.ODSync) != 0);
        }

        return 0;
    }

    internal int Read(FuseFileInfo* info, byte* buffer, nuint size, long offset)
    {
        var node = NodeOf(info);
        lock (node.Gate)
        {
            return node.Unsynced.Read(node, offset, new Span<byte>(buffer, (int)size));
        }
    }

    internal int Write(FuseFileInfo* info, byte* buffer, nuint size, long offset)
    {
        var open = OpenOf(info);
        var node = open.Node;
        lock (node.Gate)
        {
            node.Unsynced.Write(node, offset, new ReadOnlySpan<byte>(buffer, (int)size), Interlocked.Increment(ref s_writes), Environment.TickCount64);
            if (open.SyncWrites)
            {
                node.Unsynced.Sync(node);
            }
        }

        return (int)size;
    }

    internal int Truncate(string? path, long size, FuseFileInfo* info)
    {
        if (info != null)
        {
            var node = NodeOf(info);
            lock (node.Gate)
            {
                node.Unsynced.SetSize(size, Environment.TickCount64);
            }

            return 0;
        }

        var opened = NodeAt(path!);
        try
        {
            lock (opened.Gate)
            {
                opened.Unsynced.SetSize(size, Environment.TickCount64);
            }

            return 0;
        }
        finally
        {
            lock (_table)
            {
                opened.Handles--;
                ForgetIfIdle(opened);
            }
        }
    }

    /// <summary>Mode 0 grows the file (buffered like a write); KEEP_SIZE only reserves blocks, which a crash cannot lose.</summary>
    internal int Allocate(FuseFileInfo* info, int mode, long offset, long length)
    {
        if (mode is not (0 or LibC.FallocKeepSize))
        {
            return -95; // EOPNOTSUPP: punching holes or zeroing ranges is not modelled.
        }

        var node = NodeOf(info);
        lock (node.Gate)
        {
            if (mode == 0 && offset + length > node.Unsynced.Size)
            {
                node.Unsynced.SetSize(offset + length, Environment.TickCount64);
            }
        }

        return 0;
    }

    internal int Sync(FuseFileInfo* info)
    {
        var node = NodeOf(info);
        lock (node.Gate)
        {
            node.Unsynced.Sync(node);
        }

        return 0;
    }

    internal int Release(FuseFileInfo* info)
    {
        lock (_table)
        {
            if (_open.Remove(info->Handle, out var open))
            {
                open.Node.Handles--;
                ForgetIfIdle(open.Node);
            }
        }

        return 0;
    }

    /// <summary>Size as the program wrote it, for a file holding unsynced data.</summary>
    internal void Patch(Stat* stat)
    {
        if (!stat->IsRegular)
        {
            return;
        }

        FileNode? node;
        lock (_table)
        {
            node = _nodes.GetValueOrDefault(stat->Inode);
        }

        if (node is not null)
        {
            lock (node.Gate)
            {
                stat->Size = node.Unsynced.Size;
                stat->Blocks = Math.Max(stat->Blocks, (stat->Size + 511) / 512);
            }
        }
    }

    private FileNode? LatestNode(string? under) => _nodes.Values
        .Where(n => under is null || n.Path == under || n.Path.StartsWith(under.TrimEnd('/') + "/", StringComparison.Ordinal))
        .Where(n => n.Unsynced.LastWrite is not null)
        .MaxBy(n => n.Unsynced.LastWrite!.Value.Sequence);

    internal string Backing(string path) => BackingRoot + path;

    internal FileNode NodeOf(FuseFileInfo* info) => OpenOf(info).Node;

    private OpenFile OpenOf(FuseFileInfo* info)
    {
        lock (_table)
        {
            return _open.TryGetValue(info->Handle, out var open) ? open : throw new BackingException("handle lookup", -9); // EBADF
        }
    }

    /// <summary>The node of the file at <paramref name="path"/>, for calls that come without a handle.</summary>
    private FileNode NodeAt(string path)
    {
        var fd = LibC.Open(Backing(path), LibC.ORdWr | LibC.OCloExec, 0);
        return fd < 0 ? throw new BackingException("open", LibC.Error()) : Adopt(fd, path);
    }

    /// <summary>Finds or makes the node for the inode behind <paramref name="fd"/>; closes fd when one exists already.</summary>
    private FileNode Adopt(int fd, string path)
    {
        Stat stat;
        if (LibC.FStat(fd, &stat) < 0)
        {
            var error = LibC.Error();
            LibC.Close(fd);
            throw new BackingException("fstat", error);
        }

        lock (_table)
        {
            if (_nodes.TryGetValue(stat.Inode, out var node))
            {
                LibC.Close(fd);
            }
            else
            {
                node = _nodes[stat.Inode] = new FileNode(stat.Inode, fd, path);
            }

            node.Path = path;
            node.Handles++;
            return node;
        }
    }

    /// <summary>A node with no handle stays only while it holds unsynced data for a file that still has a name. Caller holds the table lock.</summary>
    private void ForgetIfIdle(FileNode node)
    {
        bool clean;
        lock (node.Gate)
        {
            clean = node.Unsynced.IsClean;
        }

        if (node.Handles == 0 && (clean || !node.IsLinked()))
        {
            _nodes.Remove(node.Inode);
            LibC.Close(node.Fd);
        }
    }

    private sealed record OpenFile(FileNode Node, bool SyncWrites);
}
