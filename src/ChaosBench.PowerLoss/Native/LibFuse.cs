using System.Runtime.InteropServices;

namespace ChaosBench.PowerLoss.Native;

/// <summary>
/// Debian's libfuse3 (3.14, high-level path API). Symbols are named with their version suffix where libfuse
/// exports several, so the ABI is the one these structs describe.
/// </summary>
internal static unsafe partial class LibFuse
{
    private const string Lib = "libfuse3.so.3";

    [LibraryImport(Lib, EntryPoint = "fuse_new_31")]
    public static partial nint New(FuseArgs* args, FuseOperations* operations, nuint size, nint privateData);

    [LibraryImport(Lib, EntryPoint = "fuse_mount", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Mount(nint fuse, string mountpoint);

    /// <summary>Serves requests on a pool of threads until the session ends; a null config takes libfuse's defaults.</summary>
    [LibraryImport(Lib, EntryPoint = "fuse_loop_mt_312")]
    public static partial int LoopMultiThreaded(nint fuse, nint config);

    [LibraryImport(Lib, EntryPoint = "fuse_exit")]
    public static partial void Exit(nint fuse);

    [LibraryImport(Lib, EntryPoint = "fuse_unmount")]
    public static partial void Unmount(nint fuse);

    [LibraryImport(Lib, EntryPoint = "fuse_destroy")]
    public static partial void Destroy(nint fuse);

    [LibraryImport(Lib, EntryPoint = "fuse_get_context")]
    public static partial FuseContext* Context();
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

/// <summary><c>struct fuse_file_info</c>: open flags, the handle the layer chose, and the bits it may set.</summary>
[StructLayout(LayoutKind.Explicit)]
internal struct FuseFileInfo
{
    [FieldOffset(0)] public int Flags;
    [FieldOffset(4)] public uint Bits;
    [FieldOffset(16)] public ulong Handle;
}

/// <summary><c>struct fuse_config</c>, filled in <c>init</c>.</summary>
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
    public int ReaddirIno;
    public int DirectIo;
    public int KernelCache;
    public int AutoCache;
    public int NoRofdFlush;
    public int AcAttrTimeoutSet;
    public double AcAttrTimeout;
    public int NullPathOk;
    public int ShowHelp;
    public nint Modules;
    public int Debug;
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
