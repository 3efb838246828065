namespace ChaosBench.Engine;

/// <summary>An image: its content id, its tags and its labels.</summary>
public sealed record ImageInfo(
    string Id,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Labels,
    DateTimeOffset Created,
    long Size);
