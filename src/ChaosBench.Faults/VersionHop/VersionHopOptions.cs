using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.VersionHop;

/// <summary><c>version-hop: { target: redis, to: recipe:redis-7.0 }</c>: replaces the members' image, keeping their volumes.</summary>
public sealed class VersionHopOptions : TargetOptions
{
    /// <summary>The image to hop to, e.g. <c>recipe:redis-7.0</c>. Required.</summary>
    [Description("the image to hop to, e.g. recipe:redis-7.0")]
    [Required(ErrorMessage = "{0} needs 'to': the image to hop to")]
    [Example("recipe:etcd-3.5")]
    public string? To { get; set; }

    /// <summary>
    /// The command the new container runs, for this hop only; the service's <c>args</c> are appended. Default: the
    /// service's <c>command</c> (or its cluster kind's) if it set one, else the new image's own default command.
    /// </summary>
    [Description("the command the new container runs, this hop only (args appended); default: the service's command, else the new image's own")]
    [Example("[valkey-server, --dir, /data]")]
    public List<string>? Command { get; set; }
}
