using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The transactions of a history (ops with <c>f</c> <see cref="TxnFunctions.Txn"/>), each invocation paired with
/// its process's next completion, and every way the history is not one this checker can judge.
/// </summary>
internal sealed class TxnHistory
{
    private readonly List<Txn> _txns = [];
    private readonly List<string> _problems = [];

    /// <summary>In the order they completed; those never completed where their client moved on, or last.</summary>
    public IReadOnlyList<Txn> Txns => _txns;

    /// <summary>Why the history cannot be judged (a micro-op other than append or read, an element appended twice...); empty when it can.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public static TxnHistory From(IReadOnlyList<Op> ops)
    {
        var history = new TxnHistory();
        var pending = new Dictionary<int, (Op Op, int Position)>();
        for (var position = 0; position < ops.Count; position++)
        {
            var op = ops[position];
            if (op.F != TxnFunctions.Txn)
            {
                continue;
            }

            if (op.Txn is null)
            {
                history.Problem($"op {op.Index} is a transaction without micro-operations; fix: record them in its txn field");
                continue;
            }

            if (op.Type == OpType.Invoke)
            {
                // A client that invokes again before its last invocation completed gave up on that one: it stays open for ever.
                if (pending.Remove(op.Process, out var abandoned))
                {
                    history.Add(abandoned.Op, OpType.Info, abandoned.Op.Txn!, abandoned.Position, Txn.Never);
                }

                pending[op.Process] = (op, position);
                continue;
            }

            Op? invocation = null;
            var invokedAt = Txn.Unknown;
            if (pending.Remove(op.Process, out var invoke))
            {
                (invocation, invokedAt) = invoke;
            }

            // An ok completion says what the reads returned; the others observed nothing, so the invocation says it as well.
            var mops = op.Type == OpType.Ok ? op.Txn : invocation?.Txn ?? op.Txn;
            history.Add(op, op.Type, mops, invokedAt, position);
        }

        foreach (var (op, position) in pending.Values.OrderBy(p => p.Position))
        {
            history.Add(op, OpType.Info, op.Txn!, position, Txn.Never);
        }

        return history;
    }

    private void Add(Op op, OpType outcome, IReadOnlyList<MicroOp> mops, int invoked, int completed)
    {
        for (var i = 0; i < mops.Count; i++)
        {
            if (mops[i].F is not (TxnFunctions.Append or TxnFunctions.Read))
            {
                Problem($"op {op.Index} holds micro-op {mops[i]}, neither '{TxnFunctions.Append}' nor '{TxnFunctions.Read}'; fix: check list-append histories only");
            }
        }

        _txns.Add(new Txn(_txns.Count, op, outcome, mops, invoked, completed));
    }

    private void Problem(string problem)
    {
        // One example of each kind of problem is enough to act on; a history with thousands would say so thousands of times.
        if (_problems.Count < 5)
        {
            _problems.Add(problem);
        }
    }
}
