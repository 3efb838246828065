namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Tarjan's strongly connected components over the edges of some kinds, iteratively (a history's graph is far
/// too deep for recursion). Every cycle lies inside one component, so only components of more than one
/// transaction are worth searching. Scratch arrays are reused from one call to the next.
/// </summary>
internal sealed class StrongComponents(DependencyGraph graph)
{
    private readonly int[] _index = Enumerable.Repeat(-1, graph.Nodes).ToArray();
    private readonly int[] _low = new int[graph.Nodes];
    private readonly bool[] _onStack = new bool[graph.Nodes];
    private readonly Stack<int> _stack = new();
    private readonly Stack<(int Node, int Edge)> _calls = new();
    private readonly List<int> _visited = [];

    /// <summary>The components of more than one node among <paramref name="nodes"/>, using only edges of <paramref name="kinds"/> within <paramref name="region"/> (everywhere when null).</summary>
    public List<int[]> Find(IEnumerable<int> nodes, byte kinds, Region? region)
    {
        var components = new List<int[]>();
        var counter = 0;
        foreach (var root in nodes)
        {
            if (_index[root] < 0)
            {
                Visit(root, kinds, region, ref counter, components);
            }
        }

        foreach (var node in _visited)
        {
            _index[node] = -1;
        }

        _visited.Clear();
        return components;
    }

    private void Visit(int root, byte kinds, Region? region, ref int counter, List<int[]> components)
    {
        Enter(root, ref counter);
        while (_calls.Count > 0)
        {
            var (node, edge) = _calls.Pop();
            if (edge < graph.End(node))
            {
                _calls.Push((node, edge + 1));
                var next = graph.Target(edge);
                if ((graph.Kind(edge) & kinds) == 0 || (region is not null && !region.Contains(next)))
                {
                    continue;
                }

                if (_index[next] < 0)
                {
                    Enter(next, ref counter);
                }
                else if (_onStack[next])
                {
                    _low[node] = Math.Min(_low[node], _index[next]);
                }

                continue;
            }

            if (_calls.Count > 0)
            {
                var caller = _calls.Peek().Node;
                _low[caller] = Math.Min(_low[caller], _low[node]);
            }

            if (_low[node] == _index[node])
            {
                Close(node, components);
            }
        }
    }

    private void Enter(int node, ref int counter)
    {
        _index[node] = _low[node] = counter++;
        _visited.Add(node);
        _stack.Push(node);
        _onStack[node] = true;
        _calls.Push((node, graph.Start(node)));
    }

    private void Close(int root, List<int[]> components)
    {
        var members = new List<int>();
        int member;
        do
        {
            member = _stack.Pop();
            _onStack[member] = false;
            members.Add(member);
        }
        while (member != root);

        if (members.Count > 1)
        {
            components.Add([.. members]);
        }
    }
}
