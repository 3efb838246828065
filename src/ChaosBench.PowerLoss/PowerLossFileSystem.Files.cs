using ChaosBench.PowerLoss.DiskFaults;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>Calls on regular files: their data and sizes stay in memory until a flush. Each passes the disk-fault hook first.</summary>
internal sealed unsafe partial class PowerLossFileSystem
{
    internal int Open(string path, FuseFileInfo* info, bool create, uint mode)
    {
        long none = 0;
        if (Faults.Before(IoCalls.Open, path, ref none) is var failed and not 0)
        {
            return failed;
        }

        var flags = info->Flags;
        var (fd, created) = OpenBacking(path, flags, create, mode);
        if (fd < 0)
        {
            return Environment(fd, create ? "create" : "open", path);
        }

        if (created)
        {
            var context = LibFuse.Context();
            LibC.FChown(fd, context->Uid, context->Gid);
            Journal?.Created(path);
        }

        var node = Adopt(fd, path);
        if ((flags & LibC.OTrunc) != 0)
        {
            Resize(node, 0);
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
        var bytes = (long)size;
        if (Faults.Before(IoCalls.Read, node.Path, ref bytes) is var failed and not 0)
        {
            return failed;
        }

        lock (node.Gate)
        {
            return node.Unsynced.Read(node, offset, new Span<byte>(buffer, (int)size));
        }
    }

    internal int Write(FuseFileInfo* info, byte* buffer, nuint size, long offset)
    {
        var open = OpenOf(info);
        var node = open.Node;
        var bytes = (long)size;
        if (Faults.Before(IoCalls.Write, node.Path, ref bytes) is var failed and not 0)
        {
            return failed;
        }

        MakeRoom();
        var reorder = Faults.ReorderOf(node.Path) is not null;
        lock (node.Gate)
        {
            Account(node, f =>
            {
                if (reorder)
                {
                    f.StartLog();
                }

                f.Write(node, offset, new ReadOnlySpan<byte>(buffer, (int)bytes), Interlocked.Increment(ref s_writes), Now);
            });
        }

        if (!open.SyncWrites)
        {
            Through(node);
        }
        else if (!Flush(node, sync: true))
        {
            return -Errno.EIo; // Not durable (the power went off): a success would let the product acknowledge it.
        }

        return (int)bytes;
    }

    internal int Truncate(string? path, long size, FuseFileInfo* info)
    {
        if (info != null)
        {
            Resize(NodeOf(info), size);
            return 0;
        }

        var opened = NodeAt(path!);
        try
        {
            Resize(opened, size);
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

    /// <summary>
    /// Mode 0 grows the file (buffered like a write); KEEP_SIZE only reserves blocks, which a crash cannot lose.
    /// Both count as writes for disk faults: a full disk refuses them.
    /// </summary>
    internal int Allocate(FuseFileInfo* info, int mode, long offset, long length)
    {
        if (mode is not (0 or LibC.FallocKeepSize))
        {
            return -Errno.EOpNotSupp; // Punching holes or zeroing ranges is not modelled.
        }

        var node = NodeOf(info);
        var bytes = length;
        if (Faults.Before(IoCalls.Write, node.Path, ref bytes) is var failed and not 0)
        {
            return failed;
        }

        if (bytes < length)
        {
            return -Errno.ENoSpc; // A full disk allocates all or nothing.
        }

        lock (node.Gate)
        {
            if (mode == 0 && offset + length > node.Unsynced.Size)
            {
                Account(node, f => f.SetSize(offset + length, Now));
            }
        }

        Through(node);
        return 0;
    }

    internal int Sync(FuseFileInfo* info)
    {
        var node = NodeOf(info);
        long none = 0;
        if (Faults.Before(IoCalls.Fsync, node.Path, ref none) is var failed and not 0)
        {
            return failed;
        }

        return Flush(node, sync: true) ? 0 : -Errno.EIo;
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

    internal string Backing(string path) => BackingRoot + path;

    internal FileNode NodeOf(FuseFileInfo* info) => OpenOf(info).Node;

    /// <summary>
    /// Opens the backing file; under strict directory durability an O_CREAT open says whether it made the name
    /// (tried exclusively first), since only a made name is undone at a crash. Returns -errno on failure.
    /// </summary>
    private (int Fd, bool Created) OpenBacking(string path, int flags, bool create, uint mode)
    {
        const int Plain = LibC.ORdWr | LibC.OCloExec;
        if (!create)
        {
            return (Result(LibC.Open(Backing(path), Plain, 0)), false);
        }

        if (Journal is null)
        {
            return (Result(LibC.Open(Backing(path), Plain | LibC.OCreat | (flags & LibC.OExcl), mode)), true);
        }

        var fd = Result(LibC.Open(Backing(path), Plain | LibC.OCreat | LibC.OExcl, mode));
        return fd == -Errno.EExist && (flags & LibC.OExcl) == 0 ? (Result(LibC.Open(Backing(path), Plain, 0)), false) : (fd, fd >= 0);
    }

    private void Resize(FileNode node, long size)
    {
        lock (node.Gate)
        {
            Account(node, f => f.SetSize(size, Now));
        }

        Through(node);
    }

    /// <summary>On a write-through layer (<see cref="LayerOptions.WriteThrough"/>), writes what a call just changed to the backing file.</summary>
    private void Through(FileNode node)
    {
        if (Options.WriteThrough)
        {
            Flush(node, sync: false);
        }
    }

    private OpenFile OpenOf(FuseFileInfo* info)
    {
        lock (_table)
        {
            return _open.TryGetValue(info->Handle, out var open) ? open : throw new BackingException("handle lookup", -Errno.EBadF);
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
                node = _nodes[stat.Inode] = new FileNode(stat.Inode, fd, path, _pagePool);
            }

            node.Path = path;
            node.Handles++;
            return node;
        }
    }

    /// <summary>
    /// A node with no handle stays only while it holds unsynced data for a file that still has a name; a node let
    /// go with data (its file unlinked) gives back the memory it held. Caller holds the table lock.
    /// </summary>
    private void ForgetIfIdle(FileNode node)
    {
        lock (node.Gate)
        {
            if (node.Handles == 0 && (node.Unsynced.IsClean || !node.IsLinked()))
            {
                Replace(node, 0);
                _nodes.Remove(node.Inode);
                LibC.Close(node.Fd);
            }
        }
    }
}
