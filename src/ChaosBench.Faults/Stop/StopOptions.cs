using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Stop;

/// <summary><c>stop: { target: etcd }</c>: a clean shutdown of the members.</summary>
public sealed class StopOptions : TargetOptions;
