namespace ChaosBench.Checkers.Linearizable;

/// <summary>One process's operations in a violation's window, by invocation time.</summary>
public sealed record ViolationLane(int Process, IReadOnlyList<ViolationOp> Ops);
