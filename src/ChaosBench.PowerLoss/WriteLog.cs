namespace ChaosBench.PowerLoss;

/// <summary>
/// Every write and size change made to a file since its last flush, each whole and in order, kept while a
/// <c>reorder</c> fault is armed: at the cut, a seed-chosen subset of them survives (LazyFS's <c>torn-seq</c>).
/// </summary>
internal sealed class WriteLog
{
    private readonly List<LoggedChange> _changes = [];

    public IReadOnlyList<LoggedChange> Changes => _changes;

    public int Count => _changes.Count;

    /// <summary>Memory the logged data holds.</summary>
    public long Bytes { get; private set; }

    public void Write(long offset, ReadOnlySpan<byte> data)
    {
        _changes.Add(new LoggedChange(offset, data.ToArray(), 0));
        Bytes += data.Length;
    }

    public void Resize(long size) => _changes.Add(new LoggedChange(0, null, size));

    /// <summary>Forgets the first <paramref name="count"/> changes: a flush made them durable.</summary>
    public void DropFirst(int count)
    {
        Bytes -= _changes.Take(count).Sum(c => (long)(c.Data?.Length ?? 0));
        _changes.RemoveRange(0, Math.Min(count, _changes.Count));
    }
}

/// <summary>A write of <paramref name="Data"/> at <paramref name="Offset"/>, or (when Data is null) a truncation to <paramref name="Size"/>.</summary>
internal sealed record LoggedChange(long Offset, byte[]? Data, long Size)
{
    public void ApplyTo(IFileBacking backing)
    {
        if (Data is null)
        {
            backing.SetSize(Size);
        }
        else
        {
            backing.WriteAt(Offset, Data);
        }
    }
}
