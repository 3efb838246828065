using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// The options of a fault that changes one file of a stopped member (delete-path, bitflip, truncate, zero-sector); as
/// <see cref="IMemberFileOptions"/> its path is held to the trust rules: inside a named volume of the member.
/// </summary>
public abstract class StoppedFileOptions : TargetOptions, IMemberFileOptions
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
