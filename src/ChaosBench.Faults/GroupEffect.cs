namespace ChaosBench.Faults;

/// <summary>What a group fault did, and the repair that undoes exactly that (once; a second call does nothing).</summary>
public sealed record GroupEffect(FaultEffect Effect, Func<CancellationToken, Task<FaultEffect>> RepairAsync);
