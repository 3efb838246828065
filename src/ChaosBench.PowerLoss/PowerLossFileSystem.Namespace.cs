using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>Calls that change names, modes and owners: passed straight to the backing directory, so durable at once.</summary>
internal sealed unsafe partial class PowerLossFileSystem
{
    internal int GetAttr(string? path, Stat* stat, FuseFileInfo* info)
    {
        var result = info != null && info->Handle != 0 ? LibC.FStat(NodeOf(info).Fd, stat) : LibC.LStat(Backing(path!), stat);
        if (result < 0)
        {
            return LibC.Error();
        }

        Patch(stat);
        return 0;
    }

    /// <summary>Remembers the directory's path: with null paths allowed, libfuse hands readdir only the handle.</summary>
    internal int OpenDir(string path, FuseFileInfo* info)
    {
        if (!Directory.Exists(Backing(path)))
        {
            return -2; // ENOENT
        }

        lock (_table)
        {
            info->Handle = ++_nextHandle;
            _directories[info->Handle] = path;
        }

        return 0;
    }

    internal int ReleaseDir(FuseFileInfo* info)
    {
        lock (_table)
        {
            _directories.Remove(info->Handle);
        }

        return 0;
    }

    internal IEnumerable<string> List(FuseFileInfo* info)
    {
        string path;
        lock (_table)
        {
            path = _directories.TryGetValue(info->Handle, out var known) ? known : throw new BackingException("readdir", -9);
        }

        return Directory.EnumerateFileSystemEntries(Backing(path), "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(System.IO.Path.GetFileName)!;
    }

    internal int MkDir(string path, uint mode) => Owned(path, LibC.MkDir(Backing(path), mode));

    internal int MkNod(string path, uint mode, ulong device) => Owned(path, LibC.MkNod(Backing(path), mode, device));

    internal int SymLink(string target, string path) => Owned(path, LibC.SymLink(target, Backing(path)));

    internal int Link(string from, string to) => Result(LibC.Link(Backing(from), Backing(to)));

    internal int RmDir(string path) => Result(LibC.RmDir(Backing(path)));

    internal int Unlink(string path)
    {
        var inode = InodeAt(path);
        var result = Result(LibC.Unlink(Backing(path)));
        ForgetIfUnlinked(inode);
        return result;
    }

    internal int Rename(string from, string to, uint flags)
    {
        var replaced = InodeAt(to);
        var result = Result(LibC.RenameAt2(LibC.AtFdCwd, Backing(from), LibC.AtFdCwd, Backing(to), flags));
        if (result == 0)
        {
            ForgetIfUnlinked(replaced);
            lock (_table)
            {
                if (InodeAt(to) is { } moved && _nodes.TryGetValue(moved, out var node))
                {
                    node.Path = to;
                }

                // A renamed directory moves the files under it (etcd renames wal.tmp to wal).
                foreach (var inside in _nodes.Values.Where(n => n.Path.StartsWith(from + "/", StringComparison.Ordinal)))
                {
                    inside.Path = to + inside.Path[from.Length..];
                }
            }
        }

        return result;
    }

    internal int ChMod(string? path, uint mode, FuseFileInfo* info) =>
        Result(info != null && info->Handle != 0 ? LibC.FChMod(NodeOf(info).Fd, mode) : LibC.ChMod(Backing(path!), mode));

    internal int Chown(string? path, uint uid, uint gid, FuseFileInfo* info) =>
        Result(info != null && info->Handle != 0 ? LibC.FChown(NodeOf(info).Fd, uid, gid) : LibC.LChown(Backing(path!), uid, gid));

    internal int UTimens(string? path, void* times, FuseFileInfo* info) =>
        Result(info != null && info->Handle != 0
            ? LibC.FUTimens(NodeOf(info).Fd, times)
            : LibC.UTimensAt(LibC.AtFdCwd, Backing(path!), times, LibC.AtSymlinkNoFollow));

    internal int ReadLink(string path, byte* buffer, nuint size)
    {
        var length = LibC.ReadLink(Backing(path), buffer, size - 1);
        if (length < 0)
        {
            return LibC.Error();
        }

        buffer[length] = 0;
        return 0;
    }

    internal int StatFs(void* buffer) => Result(LibC.StatVfs(BackingRoot + "/", buffer));

    private static int Result(int result) => result < 0 ? LibC.Error() : 0;

    /// <summary>The layer runs as root; what a program creates belongs to that program's user.</summary>
    private int Owned(string path, int result)
    {
        if (result < 0)
        {
            return LibC.Error();
        }

        var context = LibFuse.Context();
        return Result(LibC.LChown(Backing(path), context->Uid, context->Gid));
    }

    private ulong? InodeAt(string path)
    {
        Stat stat;
        return LibC.LStat(Backing(path), &stat) == 0 && stat.IsRegular ? stat.Inode : null;
    }

    /// <summary>Unsynced data of a file that lost its last name can never be read again: let it go.</summary>
    private void ForgetIfUnlinked(ulong? inode)
    {
        lock (_table)
        {
            if (inode is { } known && _nodes.TryGetValue(known, out var node))
            {
                ForgetIfIdle(node);
            }
        }
    }
}
