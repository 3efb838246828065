using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Links.Slicer;

/// <summary><c>slicer: { target: redis, average-size: 8, delay: 1ms, for: 3s }</c>: each chunk split into small writes.</summary>
public sealed class SlicerOptions : LinkOptions
{
    /// <summary>The mean size of a slice in bytes. Required.</summary>
    [Description("the mean size of a slice in bytes")]
    [Required(ErrorMessage = "{0} needs an 'average-size' in bytes, e.g. 8")]
    [Example("8")]
    [Size]
    public long? AverageSize { get; set; }

    /// <summary>Each slice's size drawn from average-size ± size-variation by the run's seed. Default: 0; below the average size.</summary>
    [Description("each slice's size drawn from average-size ± size-variation by the run's seed (default: 0; below the average size)")]
    [Size]
    public long SizeVariation { get; set; }

    /// <summary>The pause before each slice after a chunk's first. Default: 0.</summary>
    [Description("the pause before each slice after a chunk's first (default: 0)")]
    public TimeSpan Delay { get; set; }
}
