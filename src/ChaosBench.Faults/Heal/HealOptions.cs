using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Heal;

/// <summary><c>heal: { target: previous }</c>: reconnects partitioned members.</summary>
public sealed class HealOptions : TargetOptions;
