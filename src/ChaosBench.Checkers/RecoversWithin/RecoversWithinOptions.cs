using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Checkers.RecoversWithin;

/// <summary><c>- recovers-within: 10s</c>: after each repair the system serves again within this long.</summary>
public sealed class RecoversWithinOptions
{
    /// <summary>The longest allowed recovery. Required.</summary>
    [Description("the longest allowed recovery, from each repair to the first operation that succeeds and the member's readiness")]
    [Required(ErrorMessage = "{0} needs a time")]
    [Example("10s")]
    public TimeSpan? Within { get; set; }
}
