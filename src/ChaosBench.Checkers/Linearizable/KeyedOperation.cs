using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>One register operation: its invocation, its completion (null: it never completed), and what it does.</summary>
internal sealed record KeyedOperation(Op Invoke, Op? Completion, RegisterKind Kind)
{
    /// <summary>How it completed; one that never did is indeterminate, as Jepsen takes it.</summary>
    public OpType Outcome => Completion?.Type ?? OpType.Info;

    public long Invoked => Invoke.Time.Ticks;

    /// <summary>When an acknowledged operation completed; an indeterminate one's effect may come at any time (+∞).</summary>
    public long Returned => Completion is { Type: OpType.Ok } ok ? ok.Time.Ticks : long.MaxValue;

    /// <summary>What a read returned (from its completion), what a write or compare-and-set wrote (from its invocation).</summary>
    public string? Value => Kind == RegisterKind.Read ? Completion?.Value : Invoke.Value ?? Completion?.Value;

    public string? Expected => Invoke.Expected ?? Completion?.Expected;

    public ViolationOp ToViolationOp() =>
        new(Invoke.Index, Invoke.Process, Invoke.F, Value, Expected, Invoke.Time, Completion?.Time, Outcome);
}
