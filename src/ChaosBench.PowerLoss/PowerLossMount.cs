using System.Diagnostics;
using System.Runtime.InteropServices;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// One power-loss layer mounted on the host: <see cref="MountPoint"/> shows <see cref="BackingDirectory"/>
/// with unsynced writes held in this process. A watchdog process unmounts it if this process dies without
/// <see cref="Dispose"/>, so a killed harness leaves no dead mount behind.
/// </summary>
public sealed unsafe class PowerLossMount : IDisposable
{
    /// <summary>The mount type in <c>/proc/self/mountinfo</c>, by which leftovers are found.</summary>
    public const string FileSystemType = "fuse.chaosbench";

    private static readonly TimeSpan LoopExit = TimeSpan.FromSeconds(10);

    private readonly PowerLossFileSystem _fs;
    private readonly GCHandle _self;
    private readonly nint _fuse;
    private readonly Thread _loop;
    private readonly Process _watchdog;
    private readonly Timer? _flusher;
    private bool _disposed;

    private PowerLossMount(string backing, string mountPoint, TimeSpan? writeback)
    {
        BackingDirectory = backing;
        MountPoint = mountPoint;
        _fs = new PowerLossFileSystem(backing, writeback);
        _self = GCHandle.Alloc(_fs);
        _fuse = NewSession(_self);
        if (LibFuse.Mount(_fuse, mountPoint) != 0)
        {
            LibFuse.Destroy(_fuse);
            _self.Free();
            throw new PowerLossException($"could not mount the power-loss layer at {mountPoint}; fix: run as root on a machine with /dev/fuse and Debian's fuse3 installed");
        }

        _loop = new Thread(() => _ = LibFuse.LoopMultiThreaded(_fuse, 0)) { IsBackground = true, Name = $"fuse {mountPoint}" };
        _loop.Start();
        _watchdog = StartWatchdog(mountPoint);
        if (writeback is { } age)
        {
            var period = TimeSpan.FromMilliseconds(Math.Clamp(age.TotalMilliseconds / 4, 50, 5000));
            _flusher = new Timer(_ => _fs.WriteBack(), null, period, period);
        }
    }

    /// <summary>The last failure inside the layer that programs saw as EIO; null when there was none.</summary>
    public static Exception? LastError { get; internal set; }

    public string BackingDirectory { get; }

    public string MountPoint { get; }

    /// <summary>Written bytes not yet made durable.</summary>
    public long UnsyncedBytes => _fs.UnsyncedBytes;

    /// <summary>Mounts a layer at <paramref name="mountPoint"/> (created if missing) over <paramref name="backing"/>.</summary>
    /// <param name="writeback">A file dirty for this long reaches the backing directory whole anyway, as the kernel's flusher writes it back; null: never.</param>
    public static PowerLossMount Start(string backing, string mountPoint, TimeSpan? writeback = null)
    {
        if (!Directory.Exists(backing))
        {
            throw new PowerLossException($"the backing directory {backing} does not exist");
        }

        Directory.CreateDirectory(mountPoint);
        return new PowerLossMount(backing, mountPoint, writeback);
    }

    /// <inheritdoc cref="PowerLossFileSystem.Freeze"/>
    public void Freeze() => _fs.Freeze();

    /// <inheritdoc cref="PowerLossFileSystem.Crash"/>
    public CrashReport Crash() => _fs.Crash();

    /// <inheritdoc cref="PowerLossFileSystem.LatestWrite"/>
    public long? LatestWrite(string? under = null) => _fs.LatestWrite(under);

    /// <inheritdoc cref="PowerLossFileSystem.Tear"/>
    public CrashReport? Tear(Func<int, int> choose, string? under = null) => _fs.Tear(choose, under);

    /// <summary>Unmounts (lazily, so a container still holding it cannot block teardown) and stops serving.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _flusher?.Dispose();
        LibFuse.Exit(_fuse);
        LibFuse.Unmount(_fuse);
        if (_loop.Join(LoopExit))
        {
            LibFuse.Destroy(_fuse);
            _self.Free();
        }

        _watchdog.StandardInput.Close();
        _watchdog.WaitForExit(LoopExit);
        _watchdog.Dispose();
    }

    private static nint NewSession(GCHandle self)
    {
        string[] argv = ["chaosbench", "-o", $"allow_other,default_permissions,fsname=chaosbench,subtype=chaosbench"];
        var values = stackalloc byte*[argv.Length];
        for (var i = 0; i < argv.Length; i++)
        {
            values[i] = (byte*)Marshal.StringToCoTaskMemUTF8(argv[i]);
        }

        try
        {
            var args = new FuseArgs { Count = argv.Length, Values = values };
            var operations = FuseCallbacks.Table();
            var fuse = LibFuse.New(&args, &operations, (nuint)sizeof(FuseOperations), GCHandle.ToIntPtr(self));
            return fuse != 0 ? fuse : throw new PowerLossException("libfuse refused the layer's options");
        }
        finally
        {
            for (var i = 0; i < argv.Length; i++)
            {
                Marshal.FreeCoTaskMem((nint)values[i]);
            }
        }
    }

    /// <summary>A process in its own session that waits for this one's end of a pipe to close, then unmounts.</summary>
    private static Process StartWatchdog(string mountPoint)
    {
        var start = new ProcessStartInfo("setsid")
        {
            ArgumentList = { "sh", "-c", "read _; umount -l \"$1\" 2>/dev/null; rmdir \"$1\" 2>/dev/null; exit 0", "chaosbench-watchdog", mountPoint },
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new PowerLossException("could not start the unmount watchdog (setsid, sh)");
    }
}
