using System.Diagnostics;
using System.Runtime.InteropServices;
using ChaosBench.PowerLoss.DiskFaults;
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
    private readonly ITimer? _flusher;
    private volatile bool _disposed;

    private PowerLossMount(string backing, string mountPoint, LayerOptions options)
    {
        BackingDirectory = backing;
        MountPoint = mountPoint;
        _fs = new PowerLossFileSystem(backing, options, Name);
        _self = GCHandle.Alloc(_fs);
        _fuse = NewSession(_self, options.DirectoryDurability == DirectoryDurability.Strict);
        if (LibFuse.Mount(_fuse, mountPoint) != 0)
        {
            LibFuse.Destroy(_fuse);
            _self.Free();
            throw new PowerLossException($"could not mount the power-loss layer at {mountPoint}; fix: run as root on a machine with /dev/fuse and Debian's fuse3 installed");
        }

        _loop = new Thread(Serve) { IsBackground = true, Name = $"fuse {mountPoint}" };
        _loop.Start();
        _watchdog = StartWatchdog(mountPoint);
        if (options.Writeback is { } age)
        {
            var period = TimeSpan.FromMilliseconds(Math.Clamp(age.TotalMilliseconds / 4, 50, 5000));
            _flusher = options.TimeProvider.CreateTimer(_ => WriteBack(), null, period, period);
        }
    }

    public string BackingDirectory { get; }

    public string MountPoint { get; }

    /// <summary>The layer's name: its mount point's last part, e.g. <c>etcd-1-data</c>.</summary>
    public string Name => Path.GetFileName(MountPoint);

    public LayerOptions Options => _fs.Options;

    /// <summary>Written bytes not yet made durable.</summary>
    public long UnsyncedBytes => _fs.UnsyncedBytes;

    /// <summary>Memory held for unsynced data (dirty pages and reorder logs): at most about <see cref="LayerOptions.UnsyncedLimit"/>.</summary>
    public long HeldBytes => _fs.HeldBytes;

    /// <summary>The layer's errors so far (a full or failing backing disk, a failure of the layer), each kind once.</summary>
    public IReadOnlyList<LayerError> Errors => _fs.Errors.All;

    /// <summary>Raised, on the layer's own threads, when an error of a new kind happens; see <see cref="Errors"/>.</summary>
    public event Action<LayerError>? Failed
    {
        add => _fs.Errors.Raised += value;
        remove => _fs.Errors.Raised -= value;
    }

    /// <summary>Mounts a layer at <paramref name="mountPoint"/> (created if missing) over <paramref name="backing"/>.</summary>
    /// <exception cref="PowerLossException">The options are invalid, libfuse is missing or unsupported, or the mount failed; the message names the fix.</exception>
    public static PowerLossMount Start(string backing, string mountPoint, LayerOptions? options = null)
    {
        options ??= new LayerOptions();
        options.Validate();
        _ = FuseAbi.Current;
        if (!Directory.Exists(backing))
        {
            throw new PowerLossException($"the backing directory {backing} does not exist");
        }

        Directory.CreateDirectory(mountPoint);
        if (options.DirectoryDurability == DirectoryDurability.Strict)
        {
            // A harness killed mid-run left what it kept aside to undo: the changes it was keeping stand.
            var stash = backing.TrimEnd('/') + Namespaces.NamespaceJournal.Stash;
            if (Directory.Exists(stash))
            {
                Directory.Delete(stash, recursive: true);
            }
        }

        return new PowerLossMount(backing, mountPoint, options);
    }

    /// <inheritdoc cref="PowerLossFileSystem.Freeze"/>
    public void Freeze() => _fs.Freeze();

    /// <inheritdoc cref="PowerLossFileSystem.Crash"/>
    public CrashReport Crash() => _fs.Crash();

    /// <inheritdoc cref="PowerLossFileSystem.LatestWrite"/>
    public long? LatestWrite(string? under = null) => _fs.LatestWrite(under);

    /// <inheritdoc cref="PowerLossFileSystem.Tear"/>
    public CrashReport? Tear(Func<int, int> choose, string? under = null, TearGranularity granularity = TearGranularity.Sector) =>
        _fs.Tear(choose, under, granularity);

    /// <summary>Injects <paramref name="fault"/>, drawing its random choices from <paramref name="random"/>; returns its id for <see cref="Report"/> and <see cref="Clear"/>.</summary>
    /// <exception cref="ArgumentException">The fault's options are invalid; the message lists every problem.</exception>
    public int Inject(DiskFault fault, Random random) => _fs.Faults.Add(fault, random);

    /// <summary>What fault <paramref name="id"/> did so far.</summary>
    public DiskFaultReport Report(int id) => _fs.Faults.Report(id);

    /// <summary>Ends fault <paramref name="id"/>: calls it covered behave again. Returns what it did.</summary>
    public DiskFaultReport Clear(int id) => _fs.Faults.Remove(id);

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
            _fs.Close();
        }

        // No crash came: the namespace changes the layer was keeping undoable stand as they are.
        _fs.Journal?.CommitAll();
        _watchdog.StandardInput.Close();
        _watchdog.WaitForExit(LoopExit);
        _watchdog.Dispose();
    }

    /// <summary>The loop's thread: it ending with an error while mounted leaves programs with a dead mount, which the run must know.</summary>
    private void Serve()
    {
        try
        {
            var result = LibFuse.LoopMultiThreaded(_fuse);
            if (result != 0 && !_disposed)
            {
                _fs.Errors.Report("loop", $"libfuse's loop ended with {Errno.NameOf(result)} while mounted at {MountPoint}: programs now get ENOTCONN; fix: see the kernel log (dmesg) for the FUSE connection");
            }
        }
        catch (Exception e)
        {
            _fs.Failed("the FUSE loop", e);
        }
    }

    /// <summary>The write-back timer's callback: what goes wrong is recorded, never thrown on the timer's thread (which would end the process).</summary>
    private void WriteBack()
    {
        try
        {
            _fs.WriteBack();
        }
        catch (Exception e)
        {
            _fs.Failed("write-back", e);
        }
    }

    private static nint NewSession(GCHandle self, bool directoryFsync)
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
            var operations = FuseCallbacks.Table(directoryFsync);
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
