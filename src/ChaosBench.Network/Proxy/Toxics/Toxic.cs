namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// One fault on a link, modelled on Toxiproxy's toxic of the same name. Options are plain records, checked by
/// <see cref="FaultProxy.Add"/> (every problem in one message); a toxic acts on connections already open and on
/// every new one until it is removed. The set of kinds is closed: each lives in this folder.
/// </summary>
public abstract record Toxic
{
    /// <summary>Unique on its proxy; default <c>KIND-DIRECTION</c>, e.g. <c>latency-down</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Which way it acts. Default: <see cref="ToxicDirection.Down"/>, as in Toxiproxy.</summary>
    public ToxicDirection Direction { get; init; } = ToxicDirection.Down;

    /// <summary>
    /// The peers whose connections it acts on, as <see cref="FaultProxyOptions.SourceName"/> names them; every
    /// connection's when null. A link into one member carries its peers' connections, and a fault may shape some.
    /// </summary>
    public IReadOnlySet<string>? From { get; init; }

    /// <summary>The kind, as a scenario will spell it: <c>latency</c>, <c>bandwidth</c>, <c>slow-close</c>...</summary>
    public abstract string Kind { get; }

    /// <summary>The name it is known by: <see cref="Name"/>, or <c>KIND-DIRECTION</c>.</summary>
    public string Key => Name ?? $"{Kind}-{Direction.ToString().ToLowerInvariant()}";

    /// <summary>One line for the timeline: kind, parameters, direction.</summary>
    public sealed override string ToString() =>
        $"{Kind} {Parameters} {Direction.ToString().ToLowerInvariant()}{(From is null ? string.Empty : $" from {string.Join(", ", From.Order(StringComparer.Ordinal))}")}".Replace("  ", " ", StringComparison.Ordinal);

    /// <summary>Whether it acts on a connection from <paramref name="source"/> (null: a source no peer name matches).</summary>
    internal bool ActsOn(string? source) => From is null || (source is not null && From.Contains(source));

    /// <summary>The parameters as a timeline shows them, e.g. <c>100ms ±10ms</c>.</summary>
    protected abstract string Parameters { get; }

    /// <summary>What is wrong with the options; empty when they are valid.</summary>
    internal abstract IEnumerable<string> Problems();

    /// <summary>
    /// Passes <paramref name="data"/> on to the toxic at <paramref name="next"/> (through <see cref="Passage.NextAsync"/>),
    /// delayed, cut, split or not at all. Waits end early when the link's toxics change; the passage then starts again
    /// with the bytes not yet written.
    /// </summary>
    internal abstract ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next);

    /// <summary>Called when the sending side closes its half; returns once the close may be passed on.</summary>
    internal virtual ValueTask EndAsync(Passage passage) => ValueTask.CompletedTask;

    /// <summary>When set, every connection is closed this long after the toxic reached it (Toxiproxy's <c>timeout</c>).</summary>
    internal virtual TimeSpan? ClosesAfter => null;

    /// <summary>A duration as the scenario format writes it: <c>250ms</c>, <c>2s</c>.</summary>
    protected static string Format(TimeSpan duration) =>
        duration.TotalMilliseconds % 1000 == 0 && duration > TimeSpan.Zero ? $"{duration.TotalSeconds:0}s" : $"{duration.TotalMilliseconds:0.###}ms";
}
