using System.ComponentModel;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary><c>- no-lost-writes</c>, or <c>- no-lost-writes: { loss-window: 1s }</c>: every acknowledged write survives.</summary>
public sealed class NoLostWritesOptions
{
    /// <summary>
    /// Lost writes acknowledged at most this long before a crash (a kill, a power loss or a torn write) are excused,
    /// for products that sync to disk on a timer and lose that much by design. They are still counted and reported.
    /// Default: none, so every lost acknowledged write fails.
    /// </summary>
    [Description("excuse lost writes acknowledged at most this long before a crash (a kill, power loss or torn write)")]
    public TimeSpan? LossWindow { get; set; }
}
