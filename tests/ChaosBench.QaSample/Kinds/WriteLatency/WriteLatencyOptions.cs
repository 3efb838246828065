using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.QaSample.Kinds.WriteLatency;

/// <summary><c>- write-latency: 2s</c>: the longest an acknowledged write may take, the team's service-level objective.</summary>
public sealed class WriteLatencyOptions
{
    /// <summary>The longest an acknowledged write may take, from its invocation to its acknowledgement. Required.</summary>
    [Description("the longest an acknowledged write may take, from its invocation to its acknowledgement")]
    [Required]
    [Example("2s")]
    public TimeSpan? AtMost { get; set; }
}
