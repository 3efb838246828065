namespace ChaosBench.PowerLoss;

/// <summary>
/// What one file holds beyond its durable copy: written pages and a size not yet made durable. Reads see the
/// file as the program wrote it; <see cref="Sync"/> writes it through; a crash simply forgets it, so the
/// durable copy is what survives. Not thread-safe: the caller holds the file's lock.
/// </summary>
/// <remarks>
/// Pages are 4 KiB. A page is copied in from the durable copy when first written, so a partial-page write
/// keeps its neighbours. A truncation is remembered as <c>_cut</c>: durable bytes at or past it read as
/// zeros until a sync (or a write-back) cuts the durable copy too. Times are milliseconds on any clock the
/// caller keeps monotonic; they only matter to <see cref="WriteBack"/>.
/// </remarks>
internal sealed class UnsyncedFile
{
    public const int PageSize = 4096;

    private readonly SortedDictionary<long, DirtyPage> _pages = [];
    private long _cut;
    private long _cutAt;
    private long _sizeAt;
    private bool _sizeChanged;

    public UnsyncedFile(long durableSize)
    {
        Size = _cut = durableSize;
    }

    /// <summary>The size programs see.</summary>
    public long Size { get; private set; }

    /// <summary>True when nothing differs from the durable copy.</summary>
    public bool IsClean => _pages.Count == 0 && !_sizeChanged;

    /// <summary>Bytes written and not yet durable (rewrites counted again): what a crash drops.</summary>
    public long UnsyncedBytes => _pages.Values.Sum(p => p.Written);

    /// <summary>The last write since the last sync, for a torn write; null when there was none.</summary>
    public (long Offset, byte[] Data, long Sequence)? LastWrite { get; private set; }

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
            var dirty = PageFor(backing, page, now);
            data.Slice((int)(at - offset), length).CopyTo(dirty.Data.AsSpan(inPage, length));
            dirty.Written += length;
            at += length;
        }

        if (end > Size)
        {
            Size = end;
            _sizeAt = now;
        }

        _sizeChanged = true;
        LastWrite = (offset, data.ToArray(), sequence);
    }

    /// <summary>truncate/ftruncate/fallocate: a new size, zeros past the old end when it grows.</summary>
    public void SetSize(long size, long now)
    {
        if (size < Size)
        {
            foreach (var page in _pages.Keys.Where(p => p * PageSize >= size).ToList())
            {
                _pages.Remove(page);
            }

            if (_pages.TryGetValue(size / PageSize, out var partial))
            {
                partial.Data.AsSpan((int)(size % PageSize)).Clear();
                partial.DirtiedAt = now;
            }

            if (size < _cut)
            {
                _cut = size;
                _cutAt = now;
            }
        }

        Size = size;
        _sizeAt = now;
        _sizeChanged = true;
    }

    /// <summary>Writes every unsynced page and the size through, then syncs the durable copy.</summary>
    public void Sync(IFileBacking backing)
    {
        WriteThrough(backing, long.MaxValue);
        if (backing.Size != Size)
        {
            backing.SetSize(Size);
        }

        backing.Sync();
        _cut = Size;
        _sizeChanged = false;
        LastWrite = null;
    }

    /// <summary>
    /// What the kernel's flusher does: writes pages dirtied at or before <paramref name="cutoff"/> to the
    /// durable copy (and a truncation that old), so a crash no longer drops them. Newer changes stay.
    /// </summary>
    public void WriteBack(IFileBacking backing, long cutoff)
    {
        if (IsClean)
        {
            return;
        }

        WriteThrough(backing, cutoff);
        if (_pages.Count > 0)
        {
            return;
        }

        if (_sizeAt <= cutoff && backing.Size != Size)
        {
            backing.SetSize(Size);
            _cut = Size;
        }

        _sizeChanged = backing.Size != Size;
        LastWrite = null;
    }

    /// <summary>Writes a pending truncation and the pages as old as <paramref name="cutoff"/>, in offset order.</summary>
    private void WriteThrough(IFileBacking backing, long cutoff)
    {
        var durable = backing.Size;
        if (_cut < durable && _cutAt <= cutoff)
        {
            backing.SetSize(_cut);
        }

        foreach (var (page, dirty) in _pages.Where(p => p.Value.DirtiedAt <= cutoff).ToList())
        {
            var start = page * PageSize;
            backing.WriteAt(start, dirty.Data.AsSpan(0, (int)Math.Min(PageSize, Size - start)));
            _pages.Remove(page);
        }

        if (_cut < durable && _cutAt <= cutoff)
        {
            _cut = backing.Size;
        }
        else if (_cut >= durable)
        {
            _cut = Math.Max(_cut, backing.Size);
        }
    }

    private static (long Page, int InPage, int Length) Slice(long at, long end)
    {
        var page = at / PageSize;
        var inPage = (int)(at - (page * PageSize));
        return (page, inPage, (int)Math.Min(PageSize - inPage, end - at));
    }

    private DirtyPage PageFor(IFileBacking backing, long page, long now)
    {
        if (!_pages.TryGetValue(page, out var dirty))
        {
            dirty = new DirtyPage(new byte[PageSize]);
            Read(backing, page * PageSize, dirty.Data);
            _pages[page] = dirty;
        }

        dirty.DirtiedAt = now;
        return dirty;
    }

    /// <summary>Durable bytes as programs see them: zeros past a pending truncation or the durable end.</summary>
    private void ReadDurable(IFileBacking backing, long offset, Span<byte> target)
    {
        var visible = (int)Math.Clamp(_cut - offset, 0, target.Length);
        var read = visible > 0 ? backing.ReadAt(offset, target[..visible]) : 0;
        target[read..].Clear();
    }

    /// <summary>A page as the program last wrote it, when, and how many bytes it took in since the last sync.</summary>
    private sealed class DirtyPage(byte[] data)
    {
        public byte[] Data { get; } = data;

        public long DirtiedAt { get; set; }

        public long Written { get; set; }
    }
}
