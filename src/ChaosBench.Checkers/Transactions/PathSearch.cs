namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Breadth-first search for the shortest path between two transactions over edges of some kinds inside a
/// region, so the cycle an anomaly reports is as short as the graph allows. Searches that only may succeed
/// spend a shared budget of visited edges; a search inside a strongly connected region always succeeds and is
/// linear in the region, so it does not.
/// </summary>
internal sealed class PathSearch(DependencyGraph graph, long budget)
{
    private readonly int[] _seen = new int[graph.Nodes];
    private readonly int[] _parentEdge = new int[graph.Nodes];
    private readonly int[] _parent = new int[graph.Nodes];
    private readonly int[] _queue = new int[graph.Nodes];
    private int _stamp;
    private long _budget = budget;

    /// <summary>A budgeted search stopped for want of budget: whatever it did not find may exist.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>The edges (as source and edge index) of a shortest path from <paramref name="from"/> to <paramref name="to"/>; null when there is none, or the budget ran out.</summary>
    public List<(int From, int Edge)>? Find(int from, int to, byte kinds, Region region, bool budgeted)
    {
        _stamp++;
        var (head, tail) = (0, 0);
        _queue[tail++] = from;
        _seen[from] = _stamp;
        while (head < tail)
        {
            var node = _queue[head++];
            for (var edge = graph.Start(node); edge < graph.End(node); edge++)
            {
                if (budgeted && --_budget < 0)
                {
                    Exhausted = true;
                    return null;
                }

                var next = graph.Target(edge);
                if ((graph.Kind(edge) & kinds) == 0 || !region.Contains(next) || _seen[next] == _stamp)
                {
                    continue;
                }

                (_seen[next], _parent[next], _parentEdge[next]) = (_stamp, node, edge);
                if (next == to)
                {
                    return PathTo(from, to);
                }

                _queue[tail++] = next;
            }
        }

        return null;
    }

    private List<(int From, int Edge)> PathTo(int from, int to)
    {
        var path = new List<(int From, int Edge)>();
        var node = to;
        do
        {
            path.Add((_parent[node], _parentEdge[node]));
            node = _parent[node];
        }
        while (node != from);

        path.Reverse();
        return path;
    }
}
