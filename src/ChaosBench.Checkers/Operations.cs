using ChaosBench.Model.History;

namespace ChaosBench.Checkers;

/// <summary>
/// Each client's invocation paired with its completion. A client has one operation outstanding at a time, so
/// a completion belongs to its process's latest invocation; one never completed has no completion time.
/// </summary>
internal static class Operations
{
    public static IEnumerable<Operation> Of(IReadOnlyList<Op> ops, Func<string, bool> include)
    {
        var pending = new Dictionary<int, Op>();
        foreach (var op in ops.Where(o => include(o.F)))
        {
            if (op.Type == OpType.Invoke)
            {
                pending[op.Process] = op;
            }
            else if (pending.Remove(op.Process, out var invoke))
            {
                yield return new Operation(invoke, op.Time, op.Type);
            }
        }

        foreach (var invoke in pending.Values)
        {
            yield return new Operation(invoke, null, OpType.Info);
        }
    }
}

/// <summary>One operation: its invocation, when it completed (null: never), and how (never completed counts as indeterminate).</summary>
internal readonly record struct Operation(Op Invoke, TimeSpan? Completed, OpType Outcome);
