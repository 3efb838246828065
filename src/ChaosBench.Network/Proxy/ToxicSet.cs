using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Network.Proxy;

/// <summary>A proxy's toxics at one moment, in the order they were added, split by direction. Never changed: replaced.</summary>
internal sealed class ToxicSet
{
    public static readonly ToxicSet Empty = new([]);

    public ToxicSet(Toxic[] all)
    {
        All = all;
        Up = [.. all.Where(t => t.Direction.HasFlag(ToxicDirection.Up))];
        Down = [.. all.Where(t => t.Direction.HasFlag(ToxicDirection.Down))];
        Closing = [.. all.Where(t => t.ClosesAfter is not null)];
    }

    public Toxic[] All { get; }

    /// <summary>The toxics that close connections after a while (<c>timeout</c> with a duration).</summary>
    public Toxic[] Closing { get; }

    private Toxic[] Up { get; }

    private Toxic[] Down { get; }

    public Toxic[] For(ToxicDirection direction) => direction == ToxicDirection.Up ? Up : Down;
}
