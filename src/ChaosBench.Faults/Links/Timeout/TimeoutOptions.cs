using System.ComponentModel;

namespace ChaosBench.Faults.Links.Timeout;

/// <summary><c>timeout: { target: redis, for: 1s }</c>: nothing passes, the connections stay open.</summary>
public sealed class TimeoutOptions : LinkOptions
{
    /// <summary>Close each connection (FIN) this long after the fault reached it. Default: none, held open until the fault ends.</summary>
    [Description("close each connection (FIN) this long after the fault reached it (default: none, held open until the fault ends)")]
    public TimeSpan? After { get; set; }
}
