using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Kill;

/// <summary><c>kill: { target: etcd, pick: random, signal: KILL }</c>: sends a signal to the members.</summary>
public sealed class KillOptions : TargetOptions
{
    /// <summary>The signal, with or without SIG (<c>KILL</c>, <c>SIGTERM</c>, <c>HUP</c>, <c>9</c>). Default: KILL.</summary>
    [Description("the signal, with or without SIG (default KILL)")]
    [SignalName]
    public string Signal { get; set; } = "KILL";
}
