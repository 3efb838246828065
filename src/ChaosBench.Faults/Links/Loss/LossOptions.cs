using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;
using ChaosBench.Network.Proxy.Toxics;

namespace ChaosBench.Faults.Links.Loss;

/// <summary><c>loss: { target: etcd, rate: 0.05, for: 3s }</c>: a share of the chunks lost, as a TCP stream can lose them.</summary>
public sealed class LossOptions : LinkOptions
{
    /// <summary>The share of chunks lost, from 0 to 1, chosen by the run's seed. Required.</summary>
    [Description("the share of chunks lost, 0 to 1, chosen by the run's seed")]
    [Required(ErrorMessage = "{0} needs a 'rate', e.g. 0.05")]
    [Example("0.05")]
    [Share]
    public double? Rate { get; set; }

    /// <summary>What a lost chunk does: <c>stall</c> (held for <see cref="Stall"/>, as a retransmission) or <c>close</c> (the connection reset). Default: stall.</summary>
    [Description("what a lost chunk does: stall (held for 'stall', as a retransmission) or close (the connection reset) (default: stall)")]
    public LossMode Mode { get; set; } = LossMode.Stall;

    /// <summary>How long a lost chunk waits in <c>stall</c> mode. Default: 200ms, Linux's least retransmission timeout.</summary>
    [Description("how long a lost chunk waits in stall mode (default: 200ms, Linux's least retransmission timeout)")]
    public TimeSpan Stall { get; set; } = TimeSpan.FromMilliseconds(200);
}
