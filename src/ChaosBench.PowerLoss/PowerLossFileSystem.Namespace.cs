using ChaosBench.PowerLoss.Namespaces;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// Calls that change names, modes and owners: passed straight to the backing directory, so durable at once,
/// unless directory durability is strict: then creates, renames and unlinks go through the <see cref="Journal"/>.
/// </summary>
internal sealed unsafe partial class PowerLossFileSystem
{
    internal int GetAttr(string? path, Stat* stat, FuseFileInfo* info)
    {
        if (Hidden(path))
        {
            return -Errno.ENoEnt;
        }

        var result = info != null && info->Handle != 0 ? LibC.FStat(NodeOf(info).Fd, stat) : LibC.LStat(Backing(path!), stat);
        if (result < 0)
        {
            return LibC.Error();
        }

        Patch(stat);
        return 0;
    }

    /// <summary>Remembers the directory's path: with null paths allowed, libfuse hands readdir and fsyncdir only the handle.</summary>
    internal int OpenDir(string path, FuseFileInfo* info)
    {
        if (Hidden(path) || !Directory.Exists(Backing(path)))
        {
            return -Errno.ENoEnt;
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
        var path = DirectoryOf(info, "readdir");
        var names = Directory.EnumerateFileSystemEntries(Backing(path), "*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(n => System.IO.Path.GetFileName(n));
        return Journal is null || path != "/" ? names : names.Where(n => "/" + n != NamespaceJournal.Stash);
    }

    /// <summary>fsync of a directory (registered only under strict directory durability): its namespace changes become durable.</summary>
    internal int SyncDirectory(FuseFileInfo* info)
    {
        Journal?.Synced(DirectoryOf(info, "fsyncdir"));
        return 0;
    }

    internal int MkDir(string path, uint mode) => Made(path, () => LibC.MkDir(Backing(path), mode));

    internal int MkNod(string path, uint mode, ulong device) => Made(path, () => LibC.MkNod(Backing(path), mode, device));

    internal int SymLink(string target, string path) => Made(path, () => LibC.SymLink(target, Backing(path)));

    internal int Link(string from, string to) => Made(to, () => LibC.Link(Backing(from), Backing(to)), owned: false);

    internal int RmDir(string path) => Removing(path, () => Environment(Result(LibC.RmDir(Backing(path))), "rmdir", path));

    internal int Unlink(string path)
    {
        var inode = InodeAt(path);
        var result = Removing(path, () => Environment(Result(LibC.Unlink(Backing(path))), "unlink", path));
        ForgetIfUnlinked(inode);
        return result;
    }

    internal int Rename(string from, string to, uint flags)
    {
        var replaced = InodeAt(to);
        int Move() => Environment(Result(LibC.RenameAt2(LibC.AtFdCwd, Backing(from), LibC.AtFdCwd, Backing(to), flags)), "rename", from);
        var result = Journal?.Rename(from, to, (flags & LibC.RenameExchange) != 0, Move) ?? Move();
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

    /// <summary>The journal's stash, which programs must not see; only under strict directory durability.</summary>
    private bool Hidden(string? path) =>
        Journal is not null && path is not null && path.StartsWith(NamespaceJournal.Stash, StringComparison.Ordinal)
        && (path.Length == NamespaceJournal.Stash.Length || path[NamespaceJournal.Stash.Length] == '/');

    /// <summary>Makes a name; the layer runs as root, so what a program creates is given to that program's user (a hard link keeps its owner).</summary>
    private int Made(string path, Func<int> make, bool owned = true)
    {
        int Make() => Environment(Result(make()), "create", path);
        var result = Journal?.Create(path, Make) ?? Make();
        if (result < 0 || !owned)
        {
            return result;
        }

        var context = LibFuse.Context();
        return Result(LibC.LChown(Backing(path), context->Uid, context->Gid));
    }

    private int Removing(string path, Func<int> remove) => Journal?.Remove(path, remove) ?? remove();

    private string DirectoryOf(FuseFileInfo* info, string call)
    {
        lock (_table)
        {
            return _directories.TryGetValue(info->Handle, out var known) ? known : throw new BackingException(call, -Errno.EBadF);
        }
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
