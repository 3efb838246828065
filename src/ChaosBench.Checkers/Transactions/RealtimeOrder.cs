namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Real-time edges, as Elle builds them: a transaction follows every committed one that completed before it was
/// invoked. Only the latest such predecessors get an edge (the rest follow by transitivity), so the edges per
/// transaction are bounded by the concurrency, not the history. An indeterminate transaction may take effect any
/// time after its invocation, so it gets predecessors but is nobody's.
/// </summary>
internal static class RealtimeOrder
{
    public static void Add(IReadOnlyList<Txn> txns, EdgeBuffer edges)
    {
        var events = new List<(int Position, bool Invoke, Txn Txn)>(txns.Count * 2);
        foreach (var txn in txns.Where(t => t.MayHaveCommitted))
        {
            if (txn.Invoked != Txn.Unknown)
            {
                events.Add((txn.Invoked, true, txn));
            }

            if (txn.Ok)
            {
                events.Add((txn.Completed, false, txn));
            }
        }

        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        var frontier = new List<Txn>();
        var predecessors = new Dictionary<Txn, Txn[]>();
        foreach (var (_, invoke, txn) in events)
        {
            if (invoke)
            {
                Txn[] before = [.. frontier];
                predecessors[txn] = before;
                foreach (var earlier in before)
                {
                    edges.Add(earlier, txn, DependencyGraph.Realtime);
                }

                continue;
            }

            // Whatever completed before this one was invoked is now behind it, so later transactions need only follow this one.
            if (predecessors.Remove(txn, out var covered))
            {
                frontier.RemoveAll(covered.Contains);
            }

            frontier.Add(txn);
        }
    }
}
