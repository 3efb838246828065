using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Links.SlowClose;

/// <summary><c>slow-close: { target: redis, delay: 2s, for: 4s }</c>: a side's close passed on late.</summary>
public sealed class SlowCloseOptions : LinkOptions
{
    /// <summary>How long a side's close (its FIN) waits before it is passed on. Required.</summary>
    [Description("how long a side's close (its FIN) waits before it is passed on")]
    [Required(ErrorMessage = "{0} needs a 'delay', e.g. 2s")]
    [Example("2s")]
    public TimeSpan? Delay { get; set; }
}
