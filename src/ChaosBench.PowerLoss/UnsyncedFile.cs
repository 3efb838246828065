namespace ChaosBench.PowerLoss;

/// <summary>
/// What one file holds beyond its durable copy: written pages and a size not yet made durable. Reads see the
/// file as the program wrote it; a flush (<see cref="Sync"/>, a write-back) writes it through; a crash simply
/// forgets it, so the durable copy is what survives. Not thread-safe: the caller holds the file's lock, except
/// where a <see cref="FlushPlan"/> step says it may not.
/// </summary>
/// <remarks>
/// Pages are 4 KiB. A page is copied in from the durable copy when first written, so a partial-page write
/// keeps its neighbours. A truncation is remembered as <c>_cut</c>: durable bytes at or past it read as
/// zeros until a flush cuts the durable copy too. Each change to a page gives it a new version, so a flush
/// that copied a page and wrote it out without the lock knows whether the program changed it meanwhile.
/// Times are milliseconds on any clock the caller keeps monotonic; they only matter to write-back, which, as
/// Linux does, ages a file from the moment it became dirty, not from its last write.
/// </remarks>
internal sealed partial class UnsyncedFile
{
    public const int PageSize = 4096;

    private readonly SortedDictionary<long, DirtyPage> _pages = [];
    private readonly PagePool _pool;
    private long _cut;
    private long? _dirtySince;
    private long _version;
    private long _sequence;
    private FlushPlan? _flush;

    /// <param name="pool">Where page buffers come from and go back to; none by default.</param>
    public UnsyncedFile(long durableSize, PagePool? pool = null)
    {
        Size = _cut = durableSize;
        _pool = pool ?? PagePool.None;
    }

    /// <summary>The size programs see.</summary>
    public long Size { get; private set; }

    /// <summary>True when nothing differs from the durable copy.</summary>
    public bool IsClean => _dirtySince is null;

    /// <summary>When the file became dirty; null when it is clean.</summary>
    public long? DirtySince => _dirtySince;

    /// <summary>Bytes written and not yet durable (rewrites counted again): what a crash drops.</summary>
    public long UnsyncedBytes { get; private set; }

    /// <summary>Memory held for this file: its dirty pages and its write log; what <c>unsynced-limit</c> bounds.</summary>
    public long HeldBytes => (_pages.Count * (long)PageSize) + (Log?.Bytes ?? 0);

    /// <summary>The last write since the last flush, for a torn write; null when there was none.</summary>
    public (long Offset, int Length, long Sequence)? LastWrite { get; private set; }

    /// <summary>Every write and size change since <see cref="StartLog"/>, each whole, for a reorder at the cut; null when not logging.</summary>
    public WriteLog? Log { get; private set; }

    /// <summary>From now on, remembers each write whole (a <c>reorder</c> fault chooses among them at the cut).</summary>
    public void StartLog() => Log ??= new WriteLog();

    public int Read(IFileBacking backing, long offset, Span<byte> buffer)
    {
        var end = Math.Min(offset + buffer.Length, Size);
        if (end <= offset)
        {
            return 0;
        }

        for (var at = offset; at < end;)
        {
            var (page, inPage, length) = Slice(at, end);
            var target = buffer.Slice((int)(at - offset), length);
            if (_pages.TryGetValue(page, out var dirty))
            {
                dirty.Data.AsSpan(inPage, length).CopyTo(target);
            }
            else
            {
                ReadDurable(backing, at, target);
            }

            at += length;
        }

        return (int)(end - offset);
    }

    public void Write(IFileBacking backing, long offset, ReadOnlySpan<byte> data, long sequence, long now)
    {
        var end = offset + data.Length;
        for (var at = offset; at < end;)
        {
            var (page, inPage, length) = Slice(at, end);
            var dirty = PageFor(backing, page);
            data.Slice((int)(at - offset), length).CopyTo(dirty.Data.AsSpan(inPage, length));
            dirty.Written += length;
            dirty.Version = ++_version;
            at += length;
        }

        UnsyncedBytes += data.Length;
        Size = Math.Max(Size, end);
        LastWrite = (offset, data.Length, sequence);
        _sequence = sequence;
        Log?.Write(offset, data);
        Touch(now);
    }

    /// <summary>truncate/ftruncate/fallocate: a new size, zeros past the old end when it grows.</summary>
    public void SetSize(long size, long now)
    {
        if (size < Size)
        {
            foreach (var page in _pages.Keys.Where(p => p * PageSize >= size).ToList())
            {
                Drop(page);
            }

            if (_pages.TryGetValue(size / PageSize, out var partial))
            {
                partial.Data.AsSpan((int)(size % PageSize)).Clear();
                partial.Version = ++_version;
            }

            _cut = Math.Min(_cut, size);
            if (_flush is not null)
            {
                _flush.Shrunk = true;
            }
        }

        Size = size;
        Log?.Resize(size);
        Touch(now);
    }

    /// <summary>
    /// The durable half of a torn write: of <see cref="LastWrite"/> (as programs see it now, shorter if a truncation
    /// cut into it), the prefix up to point <paramref name="choose"/>(n) of the n boundaries of
    /// <paramref name="granularity"/> inside it reaches the durable copy, which is synced; nothing when the write
    /// lies within one granule. The rest is for the crash to forget. Null when there was no write.
    /// </summary>
    public (long Offset, int Length, int Kept)? Tear(IFileBacking backing, Func<int, int> choose, TearGranularity granularity)
    {
        if (LastWrite is not { } last)
        {
            return null;
        }

        var data = new byte[last.Length];
        var length = Read(backing, last.Offset, data);
        var points = TearPoints.Count(last.Offset, length, granularity);
        var kept = points == 0 ? 0 : TearPoints.Kept(last.Offset, granularity, choose(points));
        backing.WriteAt(last.Offset, data.AsSpan(0, kept));
        backing.Sync();
        return (last.Offset, length, kept);
    }

    /// <summary>
    /// The cut a <c>reorder</c> fault makes: of the logged changes, those <paramref name="keep"/> picks reach the
    /// durable copy whole, in the order they were made; everything else is forgotten. Returns how many were kept.
    /// </summary>
    public (int Kept, int Logged) CrashKeeping(IFileBacking backing, Func<int, bool> keep)
    {
        var changes = Log?.Changes ?? [];
        var kept = 0;
        for (var i = 0; i < changes.Count; i++)
        {
            if (keep(i))
            {
                changes[i].ApplyTo(backing);
                kept++;
            }
        }

        backing.Sync();
        return (kept, changes.Count);
    }

    /// <summary>The file is replaced (a crash forgot it, the layer let it go): its page buffers go back to the pool, and it must not be used again.</summary>
    public void Release()
    {
        foreach (var page in _pages.Keys.ToList())
        {
            Drop(page);
        }
    }

    /// <summary>Forgets a dirty page and gives its buffer back.</summary>
    private void Drop(long page)
    {
        var dirty = _pages[page];
        UnsyncedBytes -= dirty.Written;
        _pages.Remove(page);
        _pool.Return(dirty.Data);
    }

    private void Touch(long now)
    {
        _dirtySince ??= now;
        if (_flush is not null)
        {
            _flush.DirtiedAt ??= now;
        }
    }

    private static (long Page, int InPage, int Length) Slice(long at, long end)
    {
        var page = at / PageSize;
        var inPage = (int)(at - (page * PageSize));
        return (page, inPage, (int)Math.Min(PageSize - inPage, end - at));
    }

    private DirtyPage PageFor(IFileBacking backing, long page)
    {
        if (!_pages.TryGetValue(page, out var dirty))
        {
            dirty = new DirtyPage(_pool.Rent());
            var read = Read(backing, page * PageSize, dirty.Data);
            dirty.Data.AsSpan(read).Clear();
            _pages[page] = dirty;
        }

        return dirty;
    }

    /// <summary>Durable bytes as programs see them: zeros past a pending truncation or the durable end.</summary>
    private void ReadDurable(IFileBacking backing, long offset, Span<byte> target)
    {
        var visible = (int)Math.Clamp(_cut - offset, 0, target.Length);
        var read = visible > 0 ? backing.ReadAt(offset, target[..visible]) : 0;
        target[read..].Clear();
    }

    /// <summary>A page as the program last wrote it, how many bytes it took in since the last flush, and its version.</summary>
    private sealed class DirtyPage(byte[] data)
    {
        public byte[] Data { get; } = data;

        public long Written { get; set; }

        public long Version { get; set; }
    }
}
