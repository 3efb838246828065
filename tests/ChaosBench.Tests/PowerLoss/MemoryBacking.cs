using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>A durable copy in memory, so the page overlay's logic is tested without a file system.</summary>
internal sealed class MemoryBacking : IFileBacking
{
    public List<byte> Bytes { get; } = [];

    public int Syncs { get; private set; }

    public long Size => Bytes.Count;

    public int ReadAt(long offset, Span<byte> buffer)
    {
        var count = (int)Math.Clamp(Bytes.Count - offset, 0, buffer.Length);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = Bytes[(int)offset + i];
        }

        return count;
    }

    /// <summary>As pwrite: nothing written changes nothing, even past the end.</summary>
    public void WriteAt(long offset, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        SetSize(Math.Max(Bytes.Count, offset + data.Length));
        for (var i = 0; i < data.Length; i++)
        {
            Bytes[(int)offset + i] = data[i];
        }
    }

    public void SetSize(long size)
    {
        if (size < Bytes.Count)
        {
            Bytes.RemoveRange((int)size, Bytes.Count - (int)size);
        }

        Bytes.AddRange(new byte[size - Bytes.Count]);
    }

    public void Sync() => Syncs++;
}
