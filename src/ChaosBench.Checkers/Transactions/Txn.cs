using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// One transaction: its invocation paired with its completion. <see cref="Id"/> is its node in the dependency
/// graph; <see cref="Invoked"/> and <see cref="Completed"/> are positions in the history, which is in real-time
/// order.
/// </summary>
internal sealed class Txn(int id, Op op, OpType outcome, IReadOnlyList<MicroOp> mops, int invoked, int completed)
{
    /// <summary>Never completed: after every position in the history.</summary>
    public const int Never = int.MaxValue;

    /// <summary>Its invocation is not in the history: before every position.</summary>
    public const int Unknown = -1;

    public int Id => id;

    /// <summary>The completion, or the invocation of a transaction that never completed.</summary>
    public Op Op => op;

    /// <summary><see cref="OpType.Ok"/>, <see cref="OpType.Fail"/>, or <see cref="OpType.Info"/> for indeterminate and never completed.</summary>
    public OpType Outcome => outcome;

    /// <summary>The completion's micro-ops for an ok one; for the others what was invoked (their reads observed nothing).</summary>
    public IReadOnlyList<MicroOp> Mops => mops;

    public int Invoked => invoked;

    public int Completed => completed;

    /// <summary>Committed for certain.</summary>
    public bool Ok => outcome == OpType.Ok;

    /// <summary>May have committed: only those are in the graph; a failed transaction never took effect.</summary>
    public bool MayHaveCommitted => outcome != OpType.Fail;

    public string Name => $"T{op.Index}";

    public TransactionRef Ref() => new(op.Index, op.Process, outcome, mops);
}
