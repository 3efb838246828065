using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>Every list the transactions touched (<see cref="ListKey"/>), built in one pass over their micro-ops.</summary>
internal sealed class Lists
{
    private readonly Dictionary<string, ListKey> _byName = new(StringComparer.Ordinal);

    public IEnumerable<ListKey> All => _byName.Values;

    public int Count => _byName.Count;

    public ListKey this[string name] => _byName[name];

    /// <summary>The lists of <paramref name="txns"/>; an element appended twice is a problem, since orders could not be inferred.</summary>
    public static Lists From(IReadOnlyList<Txn> txns, ICollection<string> problems)
    {
        var lists = new Lists();
        foreach (var txn in txns)
        {
            var mops = txn.Mops;
            for (var i = 0; i < mops.Count; i++)
            {
                var mop = mops[i];
                var list = lists.Get(mop.Key);
                if (mop.F == TxnFunctions.Append)
                {
                    var append = new Append(txn, AppendsAgain(mops, i));
                    if (!list.Appends.TryAdd(mop.Value!, append) && problems.Count < 5)
                    {
                        problems.Add($"{list.Appends[mop.Value!].Writer.Name} and {txn.Name} both append {mop.Value} to {mop.Key}; fix: append each element once, so that reads reveal the order");
                    }
                }
                else if (txn.Ok && mop.Read is { } elements)
                {
                    list.Read(txn, elements);
                }
            }
        }

        foreach (var list in lists.All)
        {
            list.Seal();
        }

        return lists;
    }

    private static bool AppendsAgain(IReadOnlyList<MicroOp> mops, int index)
    {
        for (var i = index + 1; i < mops.Count; i++)
        {
            if (mops[i].F == TxnFunctions.Append && mops[i].Key == mops[index].Key)
            {
                return true;
            }
        }

        return false;
    }

    private ListKey Get(string name)
    {
        if (!_byName.TryGetValue(name, out var list))
        {
            _byName[name] = list = new ListKey(name);
        }

        return list;
    }
}
