namespace ChaosBench.Engine;

/// <summary>
/// Which engine events to read. Set fields must all match (the engine ANDs them). Network events carry no
/// labels, so a run watches its containers by <see cref="Label"/> and each of its networks by <see cref="Network"/>.
/// </summary>
public sealed record EventFilter
{
    /// <summary><c>key</c> or <c>key=value</c> on the container (or volume) the event is about.</summary>
    public string? Label { get; init; }

    /// <summary>A network id or name.</summary>
    public string? Network { get; init; }

    /// <summary>A container id or name.</summary>
    public string? Container { get; init; }

    /// <summary>Replay events from this moment on.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>End the stream at this moment; without it the stream follows live events until cancelled.</summary>
    public DateTimeOffset? Until { get; init; }
}
