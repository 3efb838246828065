using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.PowerLoss;

/// <summary><c>power-loss: { target: etcd-2 }</c>: a power cut of the members, dropping what their power-loss volumes had not made durable.</summary>
public sealed class PowerLossOptions : TargetOptions;
