using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Links.Latency;

/// <summary><c>latency: { target: redis, latency: 2s, jitter: 100ms, for: 3s }</c>: each chunk on the client link held that long.</summary>
public sealed class LatencyOptions : LinkOptions
{
    /// <summary>The delay added to each chunk in the link's direction. Required.</summary>
    [Description("the delay added to each chunk in the link's direction")]
    [Required(ErrorMessage = "{0} needs a 'latency', e.g. 200ms")]
    [Example("200ms")]
    public TimeSpan? Latency { get; set; }

    /// <summary>Each chunk's delay drawn from latency ± jitter by the run's seed. Default: none; at most the latency.</summary>
    [Description("each chunk's delay drawn from latency ± jitter by the run's seed (default: none; at most the latency)")]
    public TimeSpan Jitter { get; set; }
}
