using System.Runtime.InteropServices;

namespace ChaosBench.PowerLoss.Native;

/// <summary>
/// libfuse3's high-level path API, 3.10 to 3.17 (<see cref="FuseAbi"/> finds the library and what differs).
/// Symbols are named with their version suffix where libfuse exports several, so the ABI is the one these
/// structs describe.
/// </summary>
internal static unsafe partial class LibFuse
{
    private const string Lib = FuseAbi.ImportName;

    [LibraryImport(Lib, EntryPoint = "fuse_new_31")]
    public static partial nint New(FuseArgs* args, FuseOperations* operations, nuint size, nint privateData);

    [LibraryImport(Lib, EntryPoint = "fuse_mount", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Mount(nint fuse, string mountpoint);

    [LibraryImport(Lib, EntryPoint = "fuse_exit")]
    public static partial void Exit(nint fuse);

    [LibraryImport(Lib, EntryPoint = "fuse_unmount")]
    public static partial void Unmount(nint fuse);

    [LibraryImport(Lib, EntryPoint = "fuse_destroy")]
    public static partial void Destroy(nint fuse);

    [LibraryImport(Lib, EntryPoint = "fuse_get_context")]
    public static partial FuseContext* Context();

    /// <summary>
    /// Serves requests on a pool of threads until the session ends. From 3.12 a null config takes libfuse's
    /// defaults; before, the loop reads one, so it gets libfuse's defaults spelled out.
    /// </summary>
    public static int LoopMultiThreaded(nint fuse)
    {
        var abi = FuseAbi.Current;
        var loop = (delegate* unmanaged<nint, FuseLoopConfigV1*, int>)NativeLibrary.GetExport(FuseAbi.Handle, abi.LoopSymbol);
        var config = new FuseLoopConfigV1 { CloneFd = 0, MaxIdleThreads = 10 };
        return loop(fuse, abi.LoopNeedsConfig ? &config : null);
    }
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct FuseArgs
{
    public int Count;
    public byte** Values;
    public int Allocated;
}

[StructLayout(LayoutKind.Sequential)]
internal struct FuseContext
{
    public nint Fuse;
    public uint Uid;
    public uint Gid;
    public int Pid;
    public nint PrivateData;
    public uint Umask;
}

/// <summary><c>struct fuse_file_info</c>: open flags, the handle the layer chose, and the bits it may set (the same in 3.10 to 3.17).</summary>
[StructLayout(LayoutKind.Explicit)]
internal struct FuseFileInfo
{
    [FieldOffset(0)] public int Flags;
    [FieldOffset(4)] public uint Bits;
    [FieldOffset(16)] public ulong Handle;
}

/// <summary>
/// The start of <c>struct fuse_config</c>, filled in <c>init</c>: the fields every release from 3.10 to 3.17 keeps
/// in place. <c>nullpath_ok</c> moves between releases: <see cref="FuseAbi.NullPathOkOffset"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FuseConfig
{
    public int SetGid;
    public uint Gid;
    public int SetUid;
    public uint Uid;
    public int SetMode;
    public uint Umask;
    public double EntryTimeout;
    public double NegativeTimeout;
    public double AttrTimeout;
    public int Intr;
    public int IntrSignal;
    public int Remember;
    public int HardRemove;
    public int UseIno;
}

/// <summary>libfuse 3.2 to 3.11's public <c>struct fuse_loop_config</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FuseLoopConfigV1
{
    public int CloneFd;
    public uint MaxIdleThreads;
}

/// <summary><c>struct fuse_operations</c> of libfuse 3: 42 function pointers in this order; null ones are left to the kernel.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FuseOperations
{
    public nint GetAttr, ReadLink, MkNod, MkDir, Unlink, RmDir, SymLink, Rename, Link, ChMod, Chown, Truncate;
    public nint Open, Read, Write, StatFs, Flush, Release, FSync;
    public nint SetXAttr, GetXAttr, ListXAttr, RemoveXAttr;
    public nint OpenDir, ReadDir, ReleaseDir, FSyncDir, Init, Destroy, Access, Create, Lock, UTimens, BMap;
    public nint IoCtl, Poll, WriteBuf, ReadBuf, FLock, FAllocate, CopyFileRange, LSeek;
}
