using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Exec;

/// <summary><c>exec: { target: etcd-1, command: [etcdctl, member, list], save: { ... } }</c>: a command run in the members.</summary>
public sealed class ExecOptions : TargetOptions, IStepOptions
{
    /// <summary>The command run in the member; <c>{NAME}</c> is a saved value or an address. Required.</summary>
    [Description("the command run in the member; {NAME} is a saved value or an address")]
    [Required(ErrorMessage = "{0} needs a 'command' to run in the member")]
    [Example("[etcdctl, member, list]")]
    public List<string>? Command { get; set; }

    /// <summary>The exit code that must come back, or <c>any</c> to only record it. Default: 0.</summary>
    [Description("the exit code required (default 0), or any")]
    [ExitCode]
    public string? Exit { get; set; }

    /// <summary>A regular expression the output must match. Default: any output.</summary>
    [Description("a regular expression the output must match")]
    public string? Match { get; set; }

    /// <summary>Values to keep for later steps, by name: a regular expression over the output whose first group (or whole match) is kept. Default: none.</summary>
    [Description("NAME: a regular expression over the output whose first group is kept")]
    [Example("{ revision: '\"revision\":(\\d+)' }")]
    public Dictionary<string, string> Save { get; set; } = [];

    /// <summary>Keep trying until the step holds, for at most this long. Default: try once.</summary>
    [Description("try again until the step holds, for at most this long")]
    public TimeSpan? Within { get; set; }

    /// <summary>The exit code required; null when <c>any</c> is.</summary>
    internal int? RequiredExit => Exit == "any" ? null : int.Parse(Exit ?? "0", System.Globalization.CultureInfo.InvariantCulture);
}
