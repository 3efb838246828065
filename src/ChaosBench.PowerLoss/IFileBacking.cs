namespace ChaosBench.PowerLoss;

/// <summary>The durable copy of one file: what survives a crash. The layer's real one is the backing file's descriptor.</summary>
internal interface IFileBacking
{
    long Size { get; }

    /// <summary>Reads up to <c>buffer.Length</c> bytes at <paramref name="offset"/>; fewer at the end of the file.</summary>
    int ReadAt(long offset, Span<byte> buffer);

    void WriteAt(long offset, ReadOnlySpan<byte> data);

    void SetSize(long size);

    /// <summary>Makes everything written so far durable (fdatasync).</summary>
    void Sync();
}
