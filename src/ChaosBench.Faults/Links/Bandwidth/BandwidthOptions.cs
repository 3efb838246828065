using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Links.Bandwidth;

/// <summary><c>bandwidth: { target: etcd, rate: 64KiB, direction: both, for: 3s }</c>: each connection paced to a rate.</summary>
public sealed class BandwidthOptions : LinkOptions
{
    /// <summary>Bytes per second each connection may pass in the link's direction. Required.</summary>
    [Description("bytes per second each connection may pass in the link's direction, e.g. 64KiB")]
    [Required(ErrorMessage = "{0} needs a 'rate' in bytes per second, e.g. 64KiB")]
    [Example("64KiB")]
    [Size]
    public long? Rate { get; set; }
}
