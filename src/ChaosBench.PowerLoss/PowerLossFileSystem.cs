using ChaosBench.PowerLoss.DiskFaults;
using ChaosBench.PowerLoss.Namespaces;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// A pass-through file system over a backing directory that keeps file data and sizes in memory until the
/// program makes them durable (fsync, fdatasync, an O_SYNC/O_DSYNC write). <see cref="Crash"/> forgets
/// everything not yet durable, so the backing directory is what a power cut would have left on disk.
/// Namespace operations (create, mkdir, rename, link, unlink, rmdir, chmod, chown, utimens) reach the
/// backing directory at once, and are durable at once unless directory durability is strict: see
/// docs/power-loss.md for why.
/// </summary>
internal sealed partial class PowerLossFileSystem
{
    /// <summary>Numbers writes across every mounted layer, so the latest one among several volumes is known.</summary>
    private static long s_writes;

    private readonly Lock _table = new();
    private readonly Dictionary<ulong, FileNode> _nodes = [];
    private readonly Dictionary<ulong, OpenFile> _open = [];
    private readonly Dictionary<ulong, string> _directories = [];
    private readonly TimeProvider _time;
    private readonly PagePool _pagePool;
    private ulong _nextHandle;

    public PowerLossFileSystem(string backingRoot, LayerOptions options, string name)
    {
        BackingRoot = backingRoot.TrimEnd('/');
        Options = options;
        _time = options.TimeProvider;
        _pagePool = new PagePool((int)Math.Min(options.UnsyncedLimit / UnsyncedFile.PageSize, int.MaxValue));
        Faults = new FaultRules(_time);
        Errors = new LayerErrors(name, _time);
        Journal = options.DirectoryDurability == DirectoryDurability.Strict ? new NamespaceJournal(new BackingNamespace(BackingRoot)) : null;
    }

    public string BackingRoot { get; }

    public LayerOptions Options { get; }

    /// <summary>The disk faults injected into this layer.</summary>
    public FaultRules Faults { get; }

    public LayerErrors Errors { get; }

    /// <summary>Namespace changes not yet durable; null unless directory durability is strict.</summary>
    public NamespaceJournal? Journal { get; }

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

    /// <summary>Milliseconds on the layer's monotonic clock, for write-back's ages.</summary>
    private long Now => (long)(_time.GetTimestamp() * 1000.0 / _time.TimestampFrequency);

    /// <summary>Drops everything not yet durable or written back, as a power cut would; ends a <see cref="Freeze"/>.</summary>
    public CrashReport Crash()
    {
        CutPower();
        lock (_table)
        {
            var files = new List<string>();
            long bytes = 0;
            var reorders = new Dictionary<ActiveFault, ReorderReport>();
            foreach (var node in _nodes.Values)
            {
                lock (node.Gate)
                {
                    var file = node.Unsynced;
                    if (!file.IsClean)
                    {
                        files.Add(node.Path);
                        bytes += file.UnsyncedBytes;
                        if (file.Log is not null && Faults.ReorderOf(node.Path) is { } reorder)
                        {
                            var (kept, logged) = file.CrashKeeping(node, _ => reorder.NextBool());
                            var so = reorders.GetValueOrDefault(reorder, new ReorderReport(0, 0, 0));
                            reorders[reorder] = new ReorderReport(so.Kept + kept, so.Logged + logged, so.Files + 1);
                        }
                    }

                    Replace(node, node.Size);
                }
            }

            foreach (var (reorder, report) in reorders)
            {
                reorder.Reordered = report;
            }

            var reordered = Faults.ArmedReorders() ? Sum(reorders.Values) : null;
            Faults.EndReorders();
            var undone = Journal?.Crash() ?? [];
            foreach (var node in _nodes.Values.ToList())
            {
                ForgetIfIdle(node);
            }

            _frozen = false;
            return new CrashReport(files, bytes, null) { Reordered = reordered, Undone = undone };
        }
    }

    /// <summary>
    /// The layer is unmounted and its loop has ended: every backing descriptor it kept goes, with what it held
    /// (no crash can come any more, and the volume is removed after the run).
    /// </summary>
    public void Close()
    {
        lock (_table)
        {
            foreach (var node in _nodes.Values)
            {
                lock (node.Gate)
                {
                    Replace(node, 0);
                }

                LibC.Close(node.Fd);
            }

            _nodes.Clear();
            _open.Clear();
            _directories.Clear();
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
    /// A torn write: of the most recent unsynced write (to a file under <paramref name="under"/> when given), only
    /// a prefix ending at a boundary of <paramref name="granularity"/> reaches the backing file, the boundary
    /// being point <paramref name="choose"/>(n) of the n inside the write; then the rest crashes. Null when no
    /// file holds an unsynced write.
    /// </summary>
    public CrashReport? Tear(Func<int, int> choose, string? under, TearGranularity granularity)
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
                var (offset, length, kept) = node.Unsynced.Tear(node, choose, granularity)!.Value;
                torn = new TornWrite(node.Path, offset, length, kept, granularity);
            }

            return Crash() with { Torn = torn };
        }
    }

    private static ReorderReport Sum(IEnumerable<ReorderReport> reports) =>
        reports.Aggregate(new ReorderReport(0, 0, 0), (a, b) => new ReorderReport(a.Kept + b.Kept, a.Logged + b.Logged, a.Files + b.Files));

    private FileNode? LatestNode(string? under) => _nodes.Values
        .Where(n => under is null || n.Path == under || n.Path.StartsWith(under.TrimEnd('/') + "/", StringComparison.Ordinal))
        .Where(n => n.Unsynced.LastWrite is not null)
        .MaxBy(n => n.Unsynced.LastWrite!.Value.Sequence);

    private sealed record OpenFile(FileNode Node, bool SyncWrites);
}
