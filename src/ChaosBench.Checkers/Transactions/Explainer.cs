using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Says why an edge of a cycle exists, naming the list and the element, the way Elle explains its cycles.
/// Only the few edges of reported cycles are explained, so the graph itself keeps no such detail.
/// </summary>
internal sealed class Explainer(IReadOnlyList<Txn> txns, Lists lists)
{
    public Dependency Explain(int from, int to, byte kind)
    {
        var (a, b) = (txns[from], txns[to]);
        var found = kind switch
        {
            DependencyGraph.WriteWrite => WriteWrite(a, b),
            DependencyGraph.WriteRead => WriteRead(a, b),
            DependencyGraph.ReadWrite => ReadWrite(a, b),
            _ => null,
        };
        return found ?? new Dependency(
            a.Op.Index,
            b.Op.Index,
            DependencyKind.Realtime,
            null,
            null,
            $"{a.Name} completed before {b.Name} was invoked");
    }

    private Dependency? WriteWrite(Txn a, Txn b)
    {
        foreach (var mop in b.Mops.Where(m => m.F == TxnFunctions.Append))
        {
            var list = lists[mop.Key];
            if (list.Before(mop.Value!) is { } previous && list.WriterOf(previous) == a)
            {
                return new Dependency(a.Op.Index, b.Op.Index, DependencyKind.WriteWrite, mop.Key, mop.Value, $"{b.Name} appended {mop.Value} after {a.Name} appended {previous} to {mop.Key}");
            }
        }

        return null;
    }

    private Dependency? WriteRead(Txn a, Txn b)
    {
        foreach (var mop in b.Mops.Where(m => m.F == TxnFunctions.Read && m.Read is { Count: > 0 }))
        {
            var last = mop.Read![^1];
            if (lists[mop.Key].WriterOf(last) == a)
            {
                return new Dependency(a.Op.Index, b.Op.Index, DependencyKind.WriteRead, mop.Key, last, $"{b.Name} observed {a.Name}'s append of {last} to {mop.Key}");
            }
        }

        return null;
    }

    private Dependency? ReadWrite(Txn a, Txn b)
    {
        foreach (var read in a.Mops.Where(m => m.F == TxnFunctions.Read && m.Read is not null))
        {
            foreach (var (writer, element) in lists[read.Key].After(read.Read!))
            {
                if (writer == b)
                {
                    var seen = read.Read!.Count == 0 ? "empty" : $"as {Text.Of(read.Read!)}";
                    return new Dependency(a.Op.Index, b.Op.Index, DependencyKind.ReadWrite, read.Key, element, $"{a.Name} read {read.Key} {seen}, before {b.Name}'s append of {element}");
                }
            }
        }

        return null;
    }
}
