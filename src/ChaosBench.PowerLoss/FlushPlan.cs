namespace ChaosBench.PowerLoss;

/// <summary>
/// One flush of an <see cref="UnsyncedFile"/>, made in steps: <see cref="UnsyncedFile.BeginFlush"/>,
/// <see cref="Truncate"/>, then <see cref="UnsyncedFile.CopyNext"/> and <see cref="Write"/> until
/// <see cref="Done"/>, <see cref="Extend"/>, and <see cref="UnsyncedFile.Settle"/>. The copy and the settle run
/// under the file's lock, the writes to the durable copy outside it.
/// </summary>
internal sealed class FlushPlan(IReadOnlyList<long> pages, long cut)
{
    /// <summary>The dirty pages when the flush began, in offset order.</summary>
    public IReadOnlyList<long> Pages { get; } = pages;

    /// <summary>The pending truncation when the flush began.</summary>
    public long Cut { get; } = cut;

    public int Next { get; set; }

    /// <summary>Each page copied, with its version when it was.</summary>
    public Dictionary<long, long> Copied { get; } = [];

    /// <summary>The file shrank while the flush ran.</summary>
    public bool Shrunk { get; set; }

    /// <summary>When the program first changed the file after the flush began; null while it has not.</summary>
    public long? DirtiedAt { get; set; }

    /// <summary>True once every page is copied and the size to write is known.</summary>
    public bool Done { get; private set; }

    /// <summary>The size the flush makes durable: the file's size when its last page was copied.</summary>
    public long Size { get; private set; }

    /// <summary>The sequence number of the file's last write when its last page was copied.</summary>
    public long Sequence { get; private set; }

    /// <summary>How many logged changes the flush covers.</summary>
    public int Logged { get; private set; }

    public void Finish(long size, long sequence, int logged)
    {
        (Size, Sequence, Logged, Done) = (size, sequence, logged, true);
    }

    /// <summary>Makes a pending truncation durable first, as the file system would before writing past it.</summary>
    public void Truncate(IFileBacking backing)
    {
        if (Cut < backing.Size)
        {
            backing.SetSize(Cut);
        }
    }

    public void Write(IFileBacking backing, IReadOnlyList<PageCopy> copies)
    {
        foreach (var copy in copies)
        {
            backing.WriteAt(copy.Offset, copy.Data.AsSpan(0, copy.Length));
        }
    }

    /// <summary>Gives the durable copy the flushed size.</summary>
    public void Extend(IFileBacking backing)
    {
        if (backing.Size != Size)
        {
            backing.SetSize(Size);
        }
    }
}

/// <summary>A page's first <paramref name="Length"/> bytes (to the file's end) as a flush copied them into a pooled buffer, to be written at <paramref name="Offset"/>.</summary>
internal sealed record PageCopy(long Offset, byte[] Data, int Length);
