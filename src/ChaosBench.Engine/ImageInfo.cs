namespace ChaosBench.Engine;

/// <summary>An image: its content id, its tags, its labels and its default command (empty when listed, not inspected).</summary>
public sealed record ImageInfo(
    string Id,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Labels,
    DateTimeOffset Created,
    long Size,
    IReadOnlyList<string> Command);
