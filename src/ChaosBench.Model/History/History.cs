namespace ChaosBench.Model.History;

/// <summary>An append-only, thread-safe record of every operation the workload's clients made.</summary>
public sealed class History
{
    private readonly List<Op> _ops = [];
    private readonly Lock _gate = new();

    // Ops of each type so far, so that a live display can show ok/fail/info every tick without copying the history.
    private readonly int[] _byType = new int[Enum.GetValues<OpType>().Length];

    /// <summary>A snapshot of the history so far.</summary>
    public IReadOnlyList<Op> Ops
    {
        get
        {
            lock (_gate)
            {
                return [.. _ops];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ops.Count;
            }
        }
    }

    /// <summary>How many ops of <paramref name="type"/> the history holds so far (e.g. <see cref="OpType.Ok"/> completions).</summary>
    public int CountOf(OpType type) => Volatile.Read(ref _byType[(int)type]);

    /// <summary>Appends an op, giving it the next index; <paramref name="expected"/> is a <c>cas</c>'s old value.</summary>
    public Op Append(TimeSpan time, OpType type, int process, string f, string? key, string? value, string? error = null, string? expected = null)
    {
        lock (_gate)
        {
            var op = new Op(_ops.Count, time, type, process, f, key, value, error) { Expected = expected };
            _ops.Add(op);
            _byType[(int)type]++;
            return op;
        }
    }

    /// <summary>Appends a transaction (<see cref="TxnFunctions.Txn"/>) with its micro-operations, giving it the next index.</summary>
    public Op Append(TimeSpan time, OpType type, int process, IReadOnlyList<MicroOp> txn, string? error = null) =>
        Add(new Op(0, time, type, process, TxnFunctions.Txn, null, null, error) { Txn = txn });

    /// <summary>A history of ops already recorded, e.g. read back from <c>history.jsonl</c>; each keeps every member but its index.</summary>
    public static History Of(IEnumerable<Op> ops)
    {
        var history = new History();
        foreach (var op in ops)
        {
            history.Add(op);
        }

        return history;
    }

    private Op Add(Op op)
    {
        lock (_gate)
        {
            var indexed = op with { Index = _ops.Count };
            _ops.Add(indexed);
            _byType[(int)indexed.Type]++;
            return indexed;
        }
    }
}
