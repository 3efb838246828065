namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The edges Elle infers from list appends, list by list. Only transactions that may have committed take part.
/// <list type="bullet">
/// <item>ww: the writer of each element of the version order precedes the writer of the next; an append no read
/// shows follows the writer of the last element shown.</item>
/// <item>wr: the writer of a read's last element precedes the reader.</item>
/// <item>rw: a reader precedes the appends right after the state it read (<see cref="ListKey.Next"/>).</item>
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

            var next = list.Next(elements, out var own);
            if (next >= 0 && next < order.Count)
            {
                Link(reader, list.WriterOf(order[next]), DependencyGraph.ReadWrite, edges);
                continue;
            }

            for (var i = 0; next >= 0 && i < list.Unobserved.Count; i++)
            {
                if (list.Unobserved[i].Writer != own)
                {
                    Link(reader, list.Unobserved[i].Writer, DependencyGraph.ReadWrite, edges);
                }
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
