using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Clock;

/// <summary><c>clock: { target: postgresql, offset: +2h, drift: 1.5, for: 5s }</c>: the member's clock runs skewed from its next start.</summary>
public sealed class ClockOptions : TargetOptions
{
    /// <summary>How far the member's clock is set from the real one, whole seconds, ahead (<c>+2h</c>) or behind (<c>-90s</c>). Required.</summary>
    [Description("how far the member's clock is from the real one, whole seconds, ahead (+2h) or behind (-90s)")]
    [Required(ErrorMessage = "{0} needs an 'offset', e.g. +2h or -90s")]
    [Offset]
    [Example("+2h")]
    public TimeSpan? Offset { get; set; }

    /// <summary>How fast the member's clock runs against the real one (1.5: 90 seconds pass per real minute). Default: 1, no drift.</summary>
    [Description("how fast the member's clock runs against the real one, above 0 (1.5: 90s per real minute; default 1)")]
    public double Drift { get; set; } = 1;
}
