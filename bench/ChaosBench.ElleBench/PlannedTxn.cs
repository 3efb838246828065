using ChaosBench.Model.History;

namespace ChaosBench.ElleBench;

/// <summary>
/// One transaction of the simulated workload: its micro-ops as invoked, who made it and when (ticks), when it
/// takes effect in the simulated database if it does, and what its reads returned (filled in by <see cref="SimulatedDatabase"/>).
/// </summary>
internal sealed class PlannedTxn(int process, long invoked, long takesEffect, long completed, OpType outcome, bool applied, MicroOp[] invocation)
{
    public int Process => process;

    public long Invoked => invoked;

    public long TakesEffect => takesEffect;

    /// <summary><see cref="long.MaxValue"/> when the client never heard back.</summary>
    public long Completed => completed;

    public OpType Outcome => outcome;

    /// <summary>Takes effect: every committed transaction, half the indeterminate ones, no failed one.</summary>
    public bool Applied => applied;

    public MicroOp[] Invocation => invocation;

    /// <summary>The micro-ops with what the reads returned, for an ok completion.</summary>
    public MicroOp[]? Completion { get; set; }

    /// <summary>Acknowledged appends the lossy database dropped, which later reads must not show.</summary>
    public List<MicroOp> Dropped { get; } = [];
}
