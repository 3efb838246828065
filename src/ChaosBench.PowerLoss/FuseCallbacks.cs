using System.Runtime.InteropServices;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// The entry points libfuse calls, on its own threads. Each finds the file system through the context's
/// private data and answers a failure with -errno; nothing may escape into native code.
/// </summary>
internal static unsafe class FuseCallbacks
{
    /// <summary>
    /// Operations left null are handled by the kernel: locks stay local (flock, fcntl), and fsyncdir succeeds
    /// unless <paramref name="directoryFsync"/> (strict directory durability, where it makes changes durable).
    /// </summary>
    public static FuseOperations Table(bool directoryFsync) => new()
    {
        GetAttr = (nint)(delegate* unmanaged<byte*, Stat*, FuseFileInfo*, int>)&GetAttr,
        ReadLink = (nint)(delegate* unmanaged<byte*, byte*, nuint, int>)&ReadLink,
        MkNod = (nint)(delegate* unmanaged<byte*, uint, ulong, int>)&MkNod,
        MkDir = (nint)(delegate* unmanaged<byte*, uint, int>)&MkDir,
        Unlink = (nint)(delegate* unmanaged<byte*, int>)&Unlink,
        RmDir = (nint)(delegate* unmanaged<byte*, int>)&RmDir,
        SymLink = (nint)(delegate* unmanaged<byte*, byte*, int>)&SymLink,
        Rename = (nint)(delegate* unmanaged<byte*, byte*, uint, int>)&Rename,
        Link = (nint)(delegate* unmanaged<byte*, byte*, int>)&Link,
        ChMod = (nint)(delegate* unmanaged<byte*, uint, FuseFileInfo*, int>)&ChMod,
        Chown = (nint)(delegate* unmanaged<byte*, uint, uint, FuseFileInfo*, int>)&Chown,
        Truncate = (nint)(delegate* unmanaged<byte*, long, FuseFileInfo*, int>)&Truncate,
        Open = (nint)(delegate* unmanaged<byte*, FuseFileInfo*, int>)&Open,
        Read = (nint)(delegate* unmanaged<byte*, byte*, nuint, long, FuseFileInfo*, int>)&Read,
        Write = (nint)(delegate* unmanaged<byte*, byte*, nuint, long, FuseFileInfo*, int>)&Write,
        StatFs = (nint)(delegate* unmanaged<byte*, void*, int>)&StatFs,
        Release = (nint)(delegate* unmanaged<byte*, FuseFileInfo*, int>)&Release,
        FSync = (nint)(delegate* unmanaged<byte*, int, FuseFileInfo*, int>)&FSync,
        OpenDir = (nint)(delegate* unmanaged<byte*, FuseFileInfo*, int>)&OpenDir,
        ReleaseDir = (nint)(delegate* unmanaged<byte*, FuseFileInfo*, int>)&ReleaseDir,
        ReadDir = (nint)(delegate* unmanaged<byte*, nint, delegate* unmanaged<nint, byte*, Stat*, long, int, int>, long, FuseFileInfo*, int, int>)&ReadDir,
        FSyncDir = directoryFsync ? (nint)(delegate* unmanaged<byte*, int, FuseFileInfo*, int>)&FSyncDir : 0,
        Init = (nint)(delegate* unmanaged<nint, FuseConfig*, nint>)&Init,
        Create = (nint)(delegate* unmanaged<byte*, uint, FuseFileInfo*, int>)&Create,
        UTimens = (nint)(delegate* unmanaged<byte*, void*, FuseFileInfo*, int>)&UTimens,
        FAllocate = (nint)(delegate* unmanaged<byte*, int, long, long, FuseFileInfo*, int>)&FAllocate,
    };

    private static PowerLossFileSystem Fs => (PowerLossFileSystem)GCHandle.FromIntPtr(LibFuse.Context()->PrivateData).Target!;

    private static string? Text(byte* path) => Marshal.PtrToStringUTF8((nint)path);

    /// <summary>-errno for <paramref name="e"/>; the file system records what it must (a full backing disk, its own bug).</summary>
    private static int Fail(string call, Exception e)
    {
        try
        {
            return Fs.Failed(call, e);
        }
        catch (Exception)
        {
            return -Errno.EIo; // Not even the file system could be found: nothing more to do from a libfuse thread.
        }
    }

    /// <summary>
    /// Keeps the kernel from caching what the layer may drop: no attribute or name caching (a crash changes sizes
    /// behind its back), inode numbers from the backing directory, handles that outlive an unlink. Where
    /// <c>nullpath_ok</c> sits depends on the libfuse release.
    /// </summary>
    [UnmanagedCallersOnly]
    private static nint Init(nint connection, FuseConfig* config)
    {
        config->EntryTimeout = config->AttrTimeout = config->NegativeTimeout = 0;
        config->UseIno = 1;
        config->HardRemove = 1;
        *(int*)((byte*)config + FuseAbi.Current.NullPathOkOffset) = 1;
        return LibFuse.Context()->PrivateData;
    }

    [UnmanagedCallersOnly]
    private static int GetAttr(byte* path, Stat* stat, FuseFileInfo* info)
    {
        try { return Fs.GetAttr(Text(path), stat, info); } catch (Exception e) { return Fail("getattr", e); }
    }

    [UnmanagedCallersOnly]
    private static int ReadLink(byte* path, byte* buffer, nuint size)
    {
        try { return Fs.ReadLink(Text(path)!, buffer, size); } catch (Exception e) { return Fail("readlink", e); }
    }

    [UnmanagedCallersOnly]
    private static int MkNod(byte* path, uint mode, ulong device)
    {
        try { return Fs.MkNod(Text(path)!, mode, device); } catch (Exception e) { return Fail("mknod", e); }
    }

    [UnmanagedCallersOnly]
    private static int MkDir(byte* path, uint mode)
    {
        try { return Fs.MkDir(Text(path)!, mode); } catch (Exception e) { return Fail("mkdir", e); }
    }

    [UnmanagedCallersOnly]
    private static int Unlink(byte* path)
    {
        try { return Fs.Unlink(Text(path)!); } catch (Exception e) { return Fail("unlink", e); }
    }

    [UnmanagedCallersOnly]
    private static int RmDir(byte* path)
    {
        try { return Fs.RmDir(Text(path)!); } catch (Exception e) { return Fail("rmdir", e); }
    }

    [UnmanagedCallersOnly]
    private static int SymLink(byte* target, byte* path)
    {
        try { return Fs.SymLink(Text(target)!, Text(path)!); } catch (Exception e) { return Fail("symlink", e); }
    }

    [UnmanagedCallersOnly]
    private static int Rename(byte* from, byte* to, uint flags)
    {
        try { return Fs.Rename(Text(from)!, Text(to)!, flags); } catch (Exception e) { return Fail("rename", e); }
    }

    [UnmanagedCallersOnly]
    private static int Link(byte* from, byte* to)
    {
        try { return Fs.Link(Text(from)!, Text(to)!); } catch (Exception e) { return Fail("link", e); }
    }

    [UnmanagedCallersOnly]
    private static int ChMod(byte* path, uint mode, FuseFileInfo* info)
    {
        try { return Fs.ChMod(Text(path), mode, info); } catch (Exception e) { return Fail("chmod", e); }
    }

    [UnmanagedCallersOnly]
    private static int Chown(byte* path, uint uid, uint gid, FuseFileInfo* info)
    {
        try { return Fs.Chown(Text(path), uid, gid, info); } catch (Exception e) { return Fail("chown", e); }
    }

    [UnmanagedCallersOnly]
    private static int Truncate(byte* path, long size, FuseFileInfo* info)
    {
        try { return Fs.Truncate(Text(path), size, info); } catch (Exception e) { return Fail("truncate", e); }
    }

    [UnmanagedCallersOnly]
    private static int Open(byte* path, FuseFileInfo* info)
    {
        try { return Fs.Open(Text(path)!, info, create: false, 0); } catch (Exception e) { return Fail("open", e); }
    }

    [UnmanagedCallersOnly]
    private static int Create(byte* path, uint mode, FuseFileInfo* info)
    {
        try { return Fs.Open(Text(path)!, info, create: true, mode); } catch (Exception e) { return Fail("create", e); }
    }

    [UnmanagedCallersOnly]
    private static int Read(byte* path, byte* buffer, nuint size, long offset, FuseFileInfo* info)
    {
        try { return Fs.Read(info, buffer, size, offset); } catch (Exception e) { return Fail("read", e); }
    }

    [UnmanagedCallersOnly]
    private static int Write(byte* path, byte* buffer, nuint size, long offset, FuseFileInfo* info)
    {
        try { return Fs.Write(info, buffer, size, offset); } catch (Exception e) { return Fail("write", e); }
    }

    [UnmanagedCallersOnly]
    private static int StatFs(byte* path, void* buffer)
    {
        try { return Fs.StatFs(buffer); } catch (Exception e) { return Fail("statfs", e); }
    }

    [UnmanagedCallersOnly]
    private static int Release(byte* path, FuseFileInfo* info)
    {
        try { return Fs.Release(info); } catch (Exception e) { return Fail("release", e); }
    }

    [UnmanagedCallersOnly]
    private static int FSync(byte* path, int dataOnly, FuseFileInfo* info)
    {
        try { return Fs.Sync(info); } catch (Exception e) { return Fail("fsync", e); }
    }

    [UnmanagedCallersOnly]
    private static int FSyncDir(byte* path, int dataOnly, FuseFileInfo* info)
    {
        try { return Fs.SyncDirectory(info); } catch (Exception e) { return Fail("fsyncdir", e); }
    }

    [UnmanagedCallersOnly]
    private static int UTimens(byte* path, void* times, FuseFileInfo* info)
    {
        try { return Fs.UTimens(Text(path), times, info); } catch (Exception e) { return Fail("utimens", e); }
    }

    [UnmanagedCallersOnly]
    private static int FAllocate(byte* path, int mode, long offset, long length, FuseFileInfo* info)
    {
        try { return Fs.Allocate(info, mode, offset, length); } catch (Exception e) { return Fail("fallocate", e); }
    }

    [UnmanagedCallersOnly]
    private static int OpenDir(byte* path, FuseFileInfo* info)
    {
        try { return Fs.OpenDir(Text(path)!, info); } catch (Exception e) { return Fail("opendir", e); }
    }

    [UnmanagedCallersOnly]
    private static int ReleaseDir(byte* path, FuseFileInfo* info)
    {
        try { return Fs.ReleaseDir(info); } catch (Exception e) { return Fail("releasedir", e); }
    }

    /// <summary>Lists names only (offset 0, no attributes): the kernel asks for each entry's attributes when it needs them.</summary>
    [UnmanagedCallersOnly]
    private static int ReadDir(byte* path, nint buffer, delegate* unmanaged<nint, byte*, Stat*, long, int, int> fill, long offset, FuseFileInfo* info, int flags)
    {
        try
        {
            foreach (var name in (IEnumerable<string>)[".", "..", .. Fs.List(info)])
            {
                var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(name) + 1];
                System.Text.Encoding.UTF8.GetBytes(name, bytes);
                fixed (byte* entry = bytes)
                {
                    if (fill(buffer, entry, null, 0, 0) != 0)
                    {
                        break;
                    }
                }
            }

            return 0;
        }
        catch (Exception e)
        {
            return e is DirectoryNotFoundException ? -Errno.ENoEnt : Fail("readdir", e);
        }
    }
}
