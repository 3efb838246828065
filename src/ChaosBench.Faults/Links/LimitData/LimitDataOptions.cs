using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Links.LimitData;

/// <summary><c>limit-data: { target: redis, bytes: 1KiB, for: 2s }</c>: each connection closed after that many bytes.</summary>
public sealed class LimitDataOptions : LinkOptions
{
    /// <summary>How many bytes pass each connection's direction after the fault reached it, before it is closed. Required.</summary>
    [Description("how many bytes pass each connection's direction after the fault reached it, before it is closed (FIN both ways)")]
    [Required(ErrorMessage = "{0} needs 'bytes', e.g. 1KiB")]
    [Example("1KiB")]
    [Size]
    public long? Bytes { get; set; }
}
