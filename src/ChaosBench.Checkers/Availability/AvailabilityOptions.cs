using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers.Availability;

/// <summary><c>- availability: { max-error-rate: 0.5, per: 1s }</c>: the share of operations that did not succeed, window by window.</summary>
public sealed class AvailabilityOptions
{
    /// <summary>The highest share of failed or indeterminate operations allowed in any window. Required.</summary>
    [Description("the highest share of failed or indeterminate operations allowed in any window")]
    [Required]
    [Share]
    [Example("0.5")]
    public double? MaxErrorRate { get; set; }

    /// <summary>The window the error rate is measured over. Default: 1 s.</summary>
    [Description("the window the error rate is measured over (default 1s)")]
    public TimeSpan? Per { get; set; }
}
