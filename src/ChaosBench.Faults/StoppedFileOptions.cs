using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>The options of a fault that changes one file of a stopped member (delete-path, bitflip, truncate).</summary>
public abstract class StoppedFileOptions : TargetOptions
{
    /// <summary>
    /// The absolute path inside a volume of the (stopped) member; for bitflip and truncate a directory means a file in
    /// it chosen by the seed. Required.
    /// </summary>
    [Description("an absolute path inside one of the service's volumes")]
    [Required(ErrorMessage = "{0} needs an absolute 'path' inside one of the service's volumes")]
    [RegularExpression("^/")]
    [Example("/var/lib/etcd/member")]
    public string? Path { get; set; }
}
