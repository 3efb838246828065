using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>The options of a disk fault (disk-full, io-error, slow-io, reorder): where on the member's power-loss volumes it applies.</summary>
public abstract class DiskFaultOptions : TargetOptions
{
    /// <summary>
    /// A file, or a directory (everything under it), as the product sees it, inside one of its power-loss volumes.
    /// Default: every power-loss volume of the member, whole.
    /// </summary>
    [Description("a file or directory, as the product sees it, inside a power-loss volume (default: every power-loss volume, whole)")]
    [RegularExpression("^/")]
    [Example("/data/appendonly.aof")]
    public string? Path { get; set; }
}
