namespace ChaosBench.PowerLoss;

/// <summary>What a crash dropped: the files that held unsynced data and how many written bytes were lost.</summary>
public sealed record CrashReport(IReadOnlyList<string> Files, long DroppedBytes, TornWrite? Torn)
{
    public override string ToString()
    {
        var dropped = Files.Count == 0
            ? "had no unsynced data"
            : $"dropped {DroppedBytes} unsynced bytes in {Files.Count} files ({string.Join(", ", Files.Take(5))}{(Files.Count > 5 ? ", ..." : string.Empty)})";
        return Torn is null ? dropped : $"{Torn}; {dropped}";
    }
}

/// <summary>The write a torn write cut short: <paramref name="Kept"/> of its <paramref name="Length"/> bytes at <paramref name="Offset"/> survived.</summary>
public sealed record TornWrite(string Path, long Offset, int Length, int Kept)
{
    public override string ToString() => $"tore the last unsynced write to {Path}: kept {Kept} of {Length} bytes at offset {Offset}";
}
