using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Restart;

/// <summary><c>restart: { target: etcd }</c>: stops and starts the members.</summary>
public sealed class RestartOptions : TargetOptions;
