using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Pause;

/// <summary><c>pause: { target: etcd, for: 2s }</c>: freezes the members.</summary>
public sealed class PauseOptions : TargetOptions;
