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
}
