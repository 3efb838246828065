namespace ChaosBench.Checkers.Transactions;

/// <summary>A set of nodes searches stay inside, re-filled in time proportional to its size rather than the graph's.</summary>
internal sealed class Region(int nodes)
{
    private readonly int[] _mark = new int[nodes];
    private int _id;

    public IReadOnlyList<int> Members { get; private set; } = [];

    public Region Of(IReadOnlyList<int> members)
    {
        _id++;
        foreach (var member in members)
        {
            _mark[member] = _id;
        }

        Members = members;
        return this;
    }

    public bool Contains(int node) => _mark[node] == _id;
}
