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
/// caller keeps monotonic; they only matter to <see cref="WriteBack"/>, which, as Linux does, ages a file
/// from the moment it became dirty, not from its last write.
/// </remarks>
internal sealed class UnsyncedFile
{
    public const int PageSize = 4096;

    private readonly SortedDictionary<long, DirtyPage> _pages = [];
    private long _cut;
    private long? _dirtySince;

    public UnsyncedFile(long durableSize)
    {
        Size = _cut = durableSize;
    }

    /// <summary>The size programs see.</summary>
    public long Size { get; private set; }

    /// <summary>True when nothing differs from the durable copy.</summary>
    public bool IsClean => _dirtySince is null;

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
            var dirty = PageFor(backing, page);
            data.Slice((int)(at - offset), length).CopyTo(dirty.Data.AsSpan(inPage, length));
            dirty.Written += length;
            at += length;
        }

        Size = Math.Max(Size, end);
        _dirtySince ??= now;
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
            }

            _cut = Math.Min(_cut, size);
        }

        Size = size;
        _dirtySince ??= now;
    }

    /// <summary>Writes every unsynced page and the size through, then syncs the durable copy.</summary>
    public void Sync(IFileBacking backing)
    {
        WriteThrough(backing);
        backing.Sync();
    }

    /// <summary>
    /// What the kernel's flusher does: once the file has been dirty since <paramref name="cutoff"/> or earlier,
    /// all of it reaches the durable copy (unsynced: a later crash keeps it all the same). A file dirty for
    /// less time keeps everything.
    /// </summary>
    public void WriteBack(IFileBacking backing, long cutoff)
    {
        if (_dirtySince <= cutoff)
        {
            WriteThrough(backing);
        }
    }

    /// <summary>Writes a pending truncation, then the pages in offset order, then the size.</summary>
    private void WriteThrough(IFileBacking backing)
    {
        if (_cut < backing.Size)
        {
            backing.SetSize(_cut);
        }

        foreach (var (page, dirty) in _pages)
        {
            var start = page * PageSize;
            backing.WriteAt(start, dirty.Data.AsSpan(0, (int)Math.Min(PageSize, Size - start)));
        }

        if (backing.Size != Size)
        {
            backing.SetSize(Size);
        }

        _pages.Clear();
        _cut = Size;
        _dirtySince = null;
        LastWrite = null;
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
            dirty = new DirtyPage(new byte[PageSize]);
            Read(backing, page * PageSize, dirty.Data);
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

    /// <summary>A page as the program last wrote it, and how many bytes it took in since the last sync.</summary>
    private sealed class DirtyPage(byte[] data)
    {
        public byte[] Data { get; } = data;

        public long Written { get; set; }
    }
}
