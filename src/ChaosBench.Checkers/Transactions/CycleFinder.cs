namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Finds the cycles of the dependency graph and names them, one short cycle per strongly connected component
/// and kind, worst first: G0 over write-write edges alone, G1c once write-read edges join, then a cycle with a
/// single anti-dependency (G-single) if there is one, else one with more (G2-item). With real time, a component
/// that only real-time edges close gets one cycle named with <see cref="AnomalyKinds.RealtimeSuffix"/>.
/// </summary>
internal sealed class CycleFinder(DependencyGraph graph, Explainer explainer, IReadOnlyList<Txn> txns, Findings findings, long budget)
{
    private const byte WriteOrRead = DependencyGraph.WriteWrite | DependencyGraph.WriteRead;

    private readonly StrongComponents _components = new(graph);
    private readonly HashSet<int> _explained = [];

    // A history without cycles, the common case, never needs the search's scratch space.
    private PathSearch? _search;
    private Region? _outer;
    private Region? _inner;

    /// <summary>Some component's search for a single-anti-dependency cycle ran out of budget without finding one.</summary>
    public bool Undecided { get; private set; }

    private PathSearch Search => _search ??= new PathSearch(graph, budget);

    private Region Outer => _outer ??= new Region(graph.Nodes);

    private Region Inner => _inner ??= new Region(graph.Nodes);

    public void Run(bool realtime)
    {
        var everyNode = Enumerable.Range(0, graph.Nodes);
        foreach (var component in _components.Find(everyNode, DependencyGraph.Data, null))
        {
            Examine(Outer.Of(component));
        }

        if (!realtime)
        {
            return;
        }

        foreach (var component in _components.Find(everyNode, DependencyGraph.Data | DependencyGraph.Realtime, null))
        {
            // A component already holding a data cycle is reported as that; real time only adds the ones it alone closes.
            if (!component.Any(_explained.Contains) && Through(Outer.Of(component), DependencyGraph.Realtime, DependencyGraph.Data | DependencyGraph.Realtime) is { } cycle)
            {
                Report(cycle);
            }
        }
    }

    private void Examine(Region component)
    {
        foreach (var writes in _components.Find(component.Members, DependencyGraph.WriteWrite, component))
        {
            Report(Through(Inner.Of(writes), DependencyGraph.WriteWrite, DependencyGraph.WriteWrite)!);
        }

        foreach (var flow in _components.Find(component.Members, WriteOrRead, component))
        {
            if (Through(Inner.Of(flow), DependencyGraph.WriteRead, WriteOrRead) is { } cycle)
            {
                Report(cycle);
            }
        }

        var single = false;
        foreach (var (from, edge) in Edges(component, DependencyGraph.ReadWrite))
        {
            // One anti-dependency a -> b closes a G-single cycle when b reaches a over writes and reads alone.
            if (Search.Find(graph.Target(edge), from, WriteOrRead, component, budgeted: true) is { } back)
            {
                Report([(from, edge), .. back]);
                single = true;
                break;
            }

            if (Search.Exhausted)
            {
                Undecided = true;
                break;
            }
        }

        if (!single && Through(component, DependencyGraph.ReadWrite, DependencyGraph.Data) is { } cycle2)
        {
            Report(cycle2);
        }
    }

    /// <summary>A shortest cycle through the first edge of kind <paramref name="via"/> inside the strongly connected <paramref name="region"/>; null when it has none.</summary>
    private List<(int From, int Edge)>? Through(Region region, byte via, byte kinds)
    {
        foreach (var (from, edge) in Edges(region, via))
        {
            if (Search.Find(graph.Target(edge), from, kinds, region, budgeted: false) is { } back)
            {
                return [(from, edge), .. back];
            }
        }

        return null;
    }

    private IEnumerable<(int From, int Edge)> Edges(Region region, byte kind)
    {
        foreach (var node in region.Members)
        {
            for (var edge = graph.Start(node); edge < graph.End(node); edge++)
            {
                if (graph.Kind(edge) == kind && region.Contains(graph.Target(edge)))
                {
                    yield return (node, edge);
                }
            }
        }
    }

    private void Report(List<(int From, int Edge)> cycle)
    {
        var kinds = cycle.Select(c => graph.Kind(c.Edge)).ToList();
        var antiDependencies = kinds.Count(k => k == DependencyGraph.ReadWrite);
        var kind = antiDependencies switch
        {
            0 => kinds.Contains(DependencyGraph.WriteRead) ? AnomalyKinds.G1c : AnomalyKinds.G0,
            1 => AnomalyKinds.GSingle,
            _ => AnomalyKinds.G2Item,
        };
        kind += kinds.Contains(DependencyGraph.Realtime) ? AnomalyKinds.RealtimeSuffix : "";
        _explained.UnionWith(cycle.Select(c => c.From));
        findings.Add(kind, () =>
        {
            var steps = cycle.Select(c => explainer.Explain(c.From, graph.Target(c.Edge), graph.Kind(c.Edge))).ToList();
            var names = string.Join(" -> ", cycle.Select(c => txns[c.From].Name).Append(txns[cycle[0].From].Name));
            return new Anomaly(kind, $"{kind} cycle {names}: {string.Join("; ", steps.Select(s => s.Explanation))}", [.. cycle.Select(c => txns[c.From].Ref())], steps);
        });
    }
}
