using System.ComponentModel;

namespace ChaosBench.Faults.Links.Reset;

/// <summary><c>reset: { target: redis, for: 1s }</c>: connections reset when data next comes.</summary>
public sealed class ResetOptions : LinkOptions
{
    /// <summary>How long after the data came the reset happens. Default: 0, at once.</summary>
    [Description("how long after the data came the reset happens (default: 0, at once)")]
    public TimeSpan After { get; set; }
}
