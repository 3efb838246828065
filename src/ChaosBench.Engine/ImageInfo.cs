namespace ChaosBench.Engine;

/// <summary>An image: its content id, its tags, its labels and its default command (empty when listed, not inspected).</summary>
public sealed record ImageInfo(
    string Id,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Labels,
    DateTimeOffset Created,
    long Size,
    IReadOnlyList<string> Command)
{
    /// <summary>
    /// Names the signal a stop sends to the image's containers when the image cannot say so itself: an imported image
    /// cannot carry <c>STOPSIGNAL</c> on Docker 20.10 (<c>stopsignal is not a valid change command</c>).
    /// </summary>
    public const string StopSignalLabel = "chaosbench.stop-signal";

    /// <summary>The signal a stop sends to its containers: its <see cref="StopSignalLabel"/>, else its <c>STOPSIGNAL</c>; null when it has neither (SIGTERM), or when listed.</summary>
    public string? StopSignal { get; init; }
}
