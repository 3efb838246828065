using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Start;

/// <summary><c>start: { target: previous }</c>: starts stopped members again.</summary>
public sealed class StartOptions : TargetOptions
{
    /// <summary>Arguments appended to the member's command; the container is recreated with them, its volumes kept. Default: none.</summary>
    [Description("arguments appended to the member's command; the container is made anew with them")]
    [Example("[--initial-cluster-state=existing]")]
    public List<string> Args { get; set; } = [];

    /// <summary>The member may fail to get ready (a start the product must refuse); recorded, not an error. Default: false.</summary>
    [Description("the member may fail to get ready: recorded, not an error")]
    public bool MayFail { get; set; }
}
