using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.ResetClock;

/// <summary><c>reset-clock: { target: previous }</c>: ends the clock skew of the members.</summary>
public sealed class ResetClockOptions : TargetOptions;
