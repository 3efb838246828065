using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers.Log;

/// <summary><c>- log: { service: etcd, pattern: "panic", absent: true }</c>: how often a service's logs match a pattern.</summary>
public sealed class LogOptions
{
    /// <summary>The service (or group) whose members' logs are judged. Required.</summary>
    [Description("a service of this scenario")]
    [Required]
    [Example("etcd")]
    public string? Service { get; set; }

    /// <summary>A regular expression matched against each log line. Required.</summary>
    [Description("a regular expression matched against each log line")]
    [Required]
    [Example("\"ready to serve\"")]
    public string? Pattern { get; set; }

    /// <summary>The pattern may match at most this many lines (over all members). Default: no bound.</summary>
    [Range(0, int.MaxValue)]
    public int? AtMost { get; set; }

    /// <summary>The pattern must match at least this many lines. Default when no bound is given: 1.</summary>
    [Range(0, int.MaxValue)]
    public int? AtLeast { get; set; }

    /// <summary>The pattern must not match at all. Default: false.</summary>
    public bool Absent { get; set; }

    /// <summary>Only lines stamped at or after this offset from the run's start count; lines without a readable stamp always count. Default: every line.</summary>
    [Description("count only lines stamped at or after this offset from the run's start")]
    public TimeSpan? After { get; set; }
}
