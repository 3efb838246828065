namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The edges Elle infers from list appends, list by list. Only transactions that may have committed take part.
/// <list type="bullet">
/// <item>ww: the writer of each element of the version order precedes the writer of the next; an append no read
/// shows follows the writer of the last element shown.</item>
/// <item>wr: the writer of a read's last element precedes the reader.</item>
/// <item>rw: a reader precedes the appends right after the state it read (<see cref="ListKey.After"/>).</item>
/// </list>
/// </summary>
internal static class Dependencies
{
    public static void Add(ListKey list, EdgeBuffer edges)
    {
        var order = list.Order;
        for (var i = 1; i < order.Count; i++)
        {
            Link(list.WriterOf(order[i - 1]), list.WriterOf(order[i]), DependencyGraph.WriteWrite, edges);
        }

        var lastWriter = order.Count > 0 ? list.WriterOf(order[^1]) : null;
        foreach (var (unseen, _) in list.Unobserved)
        {
            Link(lastWriter, unseen, DependencyGraph.WriteWrite, edges);
        }

        foreach (var (reader, elements) in list.Reads)
        {
            if (elements.Count > 0)
            {
                Link(list.WriterOf(elements[^1]), reader, DependencyGraph.WriteRead, edges);
            }

            foreach (var (writer, _) in list.After(elements))
            {
                Link(reader, writer, DependencyGraph.ReadWrite, edges);
            }
        }
    }

    private static void Link(Txn? from, Txn? to, byte kind, EdgeBuffer edges)
    {
        if (from is { MayHaveCommitted: true } && to is { MayHaveCommitted: true })
        {
            edges.Add(from, to, kind);
        }
    }
}
