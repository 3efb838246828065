namespace ChaosBench.PowerLoss;

/// <summary>
/// What a crash dropped: the files that held unsynced data and how many written bytes were lost; what a torn
/// write kept, what a <c>reorder</c> fault let survive, and which namespace changes no directory fsync had made
/// durable (under <c>directory-durability: strict</c>).
/// </summary>
public sealed record CrashReport(IReadOnlyList<string> Files, long DroppedBytes, TornWrite? Torn)
{
    /// <summary>What a <c>reorder</c> fault kept of the writes since the last fsync; null when none was armed.</summary>
    public ReorderReport? Reordered { get; init; }

    /// <summary>The namespace changes undone, latest first (<c>create /a</c>, <c>rename /a -> /b</c>); empty unless directory durability is strict.</summary>
    public IReadOnlyList<string> Undone { get; init; } = [];

    public override string ToString()
    {
        var dropped = Files.Count == 0
            ? "had no unsynced data"
            : $"dropped {DroppedBytes} unsynced bytes in {Files.Count} files ({Listed(Files)})";
        var parts = new List<string>();
        if (Torn is not null)
        {
            parts.Add(Torn.ToString());
        }

        if (Reordered is not null)
        {
            parts.Add(Reordered.ToString());
        }

        parts.Add(dropped);
        if (Undone.Count > 0)
        {
            parts.Add($"undid {Undone.Count} namespace change{(Undone.Count == 1 ? string.Empty : "s")} no directory fsync had made durable ({Listed(Undone)})");
        }

        return string.Join("; ", parts);
    }

    private static string Listed(IReadOnlyList<string> items) =>
        $"{string.Join(", ", items.Take(5))}{(items.Count > 5 ? ", ..." : string.Empty)}";
}

/// <summary>
/// The write a torn write cut short: <paramref name="Kept"/> of its <paramref name="Length"/> bytes at
/// <paramref name="Offset"/> survived, cut at a boundary of <paramref name="Granularity"/>; 0 when the write lay
/// within one granule, which a disk writes whole or not at all.
/// </summary>
public sealed record TornWrite(string Path, long Offset, int Length, int Kept, TearGranularity Granularity = TearGranularity.Byte)
{
    public override string ToString() => Kept == 0 && Length > 0 && Granularity != TearGranularity.Byte
        ? $"could not tear the last unsynced write to {Path} ({Length} bytes at offset {Offset}): it lies within one {(int)Granularity}-byte block, which a disk writes whole or not at all, so it was lost whole"
        : $"tore the last unsynced write to {Path}{(Granularity == TearGranularity.Byte ? string.Empty : $" at a {(int)Granularity}-byte boundary")}: kept {Kept} of {Length} bytes at offset {Offset}";
}

/// <summary>What a <c>reorder</c> fault let survive at the cut: <paramref name="Kept"/> of the <paramref name="Logged"/> writes and size changes made since the last fsync, in <paramref name="Files"/> files.</summary>
public sealed record ReorderReport(int Kept, int Logged, int Files)
{
    public override string ToString() =>
        $"reorder kept {Kept} of the {Logged} writes made since the last fsync in {Files} file{(Files == 1 ? string.Empty : "s")}, each whole";
}
