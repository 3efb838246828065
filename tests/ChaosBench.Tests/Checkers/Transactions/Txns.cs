using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>
/// Hand-built histories of list-append transactions, micro-ops written as Elle prints them:
/// <c>"append x 1"</c>, <c>"r x 1 2"</c> (on completion, what was read; <c>"r x"</c> is an empty list). Each
/// transaction's name is the index of its completion op, <c>T{index}</c>, as the checker names it.
/// </summary>
internal sealed class Txns
{
    private readonly History _history = new();
    private int _ms;

    public IReadOnlyList<Op> Ops => _history.Ops;

    /// <summary>The index of the last op recorded, so the transaction just completed is <c>T{Last}</c>.</summary>
    public long Last => _history.Count - 1;

    /// <summary>Invoked and committed at once, before anything else happens.</summary>
    public Txns Ok(int process, params string[] mops) => Invoke(process, mops).Complete(process, OpType.Ok, mops);

    public Txns Fail(int process, params string[] mops) => Invoke(process, mops).Complete(process, OpType.Fail, mops);

    public Txns Info(int process, params string[] mops) => Invoke(process, mops).Complete(process, OpType.Info, mops);

    /// <summary>An invocation alone: its reads' results are not known yet.</summary>
    public Txns Invoke(int process, params string[] mops)
    {
        _history.Append(TimeSpan.FromMilliseconds(++_ms), OpType.Invoke, process, [.. mops.Select(m => Parse(m, completed: false))]);
        return this;
    }

    public Txns Complete(int process, OpType type, params string[] mops)
    {
        _history.Append(TimeSpan.FromMilliseconds(++_ms), type, process, [.. mops.Select(m => Parse(m, type == OpType.Ok))], type == OpType.Ok ? null : "boom");
        return this;
    }

    public TransactionCheckResult Check(Isolation level, TransactionCheckOptions? options = null) => TransactionChecker.Check(Ops, level, options);

    private static MicroOp Parse(string mop, bool completed)
    {
        var words = mop.Split(' ');
        return words[0] switch
        {
            "append" => MicroOp.AppendOf(words[1], words[2]),
            "r" => MicroOp.ReadOf(words[1], completed ? words[2..] : null),
            _ => new MicroOp(words[0], words[1], words.Length > 2 ? words[2] : null, null),
        };
    }
}
