namespace ChaosBench.PowerLoss;

/// <summary>
/// What one file holds beyond its durable copy: written pages and a size not yet made durable. Reads see the
/// file as the program wrote it; <see cref="Sync"/> writes it through; a crash simply forgets it, so the
/// durable copy is what survives. Not thread-safe: the caller holds the file's lock.
/// </summary>
/// <remarks>
/// Pages are 4 KiB. A page is copied in from the durable copy when first written, so a partial-page write
/// keeps its neighbours. A truncation is remembered as <c>_cut</c>: durable bytes at or past it read as
/// zeros until a sync cuts the durable copy too.
/// </remarks>
internal sealed class UnsyncedFile
{
    public const int PageSize = 4096;

    private readonly Dictionary<long, byte[]> _pages = [];
    private long _cut;
    private bool _sizeChanged;

    public UnsyncedFile(long durableSize)
    {
        Size = _cut = durableSize;
    }

    /// <summary>The size programs see.</summary>
    public long Size { get; private set; }

    /// <summary>True when nothing differs from the durable copy.</summary>
    public bool IsClean => _pages.Count == 0 && !_sizeChanged;

    /// <summary>Bytes written since the last sync (rewrites counted again): what a crash drops.</summary>
    public long UnsyncedBytes { get; private set; }

    /// <summary>The last write since the last sync, for a torn write; null when there was none.</summary>
    public (long Offset, byte[] Data, long Sequence)? LastWrite { get; private set; }

    public int Read(IFileBacking backing, long offset, Span<byte> buffer)
    {
        var end = Math.Min(offset + buffer.Length, Size);
        if (end <= offset)
        {
            return 0;
        }

        var at = offset;
        while (at < end)
        {
            var page = at / PageSize;
            var inPage = (int)(at - (page * PageSize));
            var length = (int)Math.Min(PageSize - inPage, end - at);
            var target = buffer.Slice((int)(at - offset), length);
            if (_pages.TryGetValue(page, out var data))
            {
                data.AsSpan(inPage, length).CopyTo(target);
            }
            else
            {
                ReadDurable(backing, at, target);
            }

            at += length;
        }

        return (int)(end - offset);
    }

    public void Write(IFileBacking backing, long offset, ReadOnlySpan<byte> data, long sequence)
    {
        var at = offset;
        while (at < offset + data.Length)
        {
            var page = at / PageSize;
            var inPage = (int)(at - (page * PageSize));
            var length = (int)Math.Min(PageSize - inPage, offset + data.Length - at);
            data.Slice((int)(at - offset), length).CopyTo(PageFor(backing, page).AsSpan(inPage, length));
            at += length;
        }

        Size = Math.Max(Size, offset + data.Length);
        _sizeChanged = true;
        UnsyncedBytes += data.Length;
        LastWrite = (offset, data.ToArray(), sequence);
    }

    /// <summary>truncate/ftruncate/fallocate: a new size, zeros past the old end when it grows.</summary>
    public void SetSize(long size)
    {
        if (size < Size)
        {
            foreach (var page in _pages.Keys.Where(p => p * PageSize >= size).ToList())
            {
                _pages.Remove(page);
            }

            if (_pages.TryGetValue(size / PageSize, out var partial))
            {
                partial.AsSpan((int)(size % PageSize)).Clear();
            }

            _cut = Math.Min(_cut, size);
        }

        Size = size;
        _sizeChanged = true;
    }

    /// <summary>Writes every unsynced page and the size through, then syncs the durable copy.</summary>
    public void Sync(IFileBacking backing)
    {
        if (_cut < backing.Size)
        {
            backing.SetSize(_cut);
        }

        foreach (var (page, data) in _pages.OrderBy(p => p.Key))
        {
            var start = page * PageSize;
            backing.WriteAt(start, data.AsSpan(0, (int)Math.Min(PageSize, Size - start)));
        }

        if (backing.Size != Size)
        {
            backing.SetSize(Size);
        }

        backing.Sync();
        _pages.Clear();
        _cut = Size;
        _sizeChanged = false;
        UnsyncedBytes = 0;
        LastWrite = null;
    }

    private byte[] PageFor(IFileBacking backing, long page)
    {
        if (!_pages.TryGetValue(page, out var data))
        {
            data = new byte[PageSize];
            Read(backing, page * PageSize, data);
            _pages[page] = data;
        }

        return data;
    }

    /// <summary>Durable bytes as programs see them: zeros past a pending truncation or the durable end.</summary>
    private void ReadDurable(IFileBacking backing, long offset, Span<byte> target)
    {
        var visible = (int)Math.Clamp(_cut - offset, 0, target.Length);
        var read = visible > 0 ? backing.ReadAt(offset, target[..visible]) : 0;
        target[read..].Clear();
    }
}
