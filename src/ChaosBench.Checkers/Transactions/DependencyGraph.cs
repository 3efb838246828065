namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The dependency graph over transactions (nodes are <see cref="Txn.Id"/>s), in compressed rows: a node's edges
/// are <c>Start(n)..End(n)</c>, each with its target and one kind bit. Built once, never changed: a history of
/// 10^6 transactions has a few million edges, so no per-edge object is allocated.
/// </summary>
internal sealed class DependencyGraph
{
    public const byte WriteWrite = 1;
    public const byte WriteRead = 2;
    public const byte ReadWrite = 4;
    public const byte Realtime = 8;

    /// <summary>The edges between data: what Adya's direct serialization graph holds.</summary>
    public const byte Data = WriteWrite | WriteRead | ReadWrite;

    private readonly int[] _start;
    private readonly int[] _target;
    private readonly byte[] _kind;

    private DependencyGraph(int[] start, int[] target, byte[] kind) => (_start, _target, _kind) = (start, target, kind);

    public int Nodes => _start.Length - 1;

    public int Edges => _target.Length;

    public int Start(int node) => _start[node];

    public int End(int node) => _start[node + 1];

    public int Target(int edge) => _target[edge];

    public byte Kind(int edge) => _kind[edge];

    /// <summary>Sorts the buffered edges by their source (a counting sort: linear in edges and nodes).</summary>
    public static DependencyGraph From(int nodes, EdgeBuffer edges)
    {
        var start = new int[nodes + 1];
        for (var i = 0; i < edges.Count; i++)
        {
            start[edges.From(i) + 1]++;
        }

        for (var node = 0; node < nodes; node++)
        {
            start[node + 1] += start[node];
        }

        var next = start[..^1];
        var target = new int[edges.Count];
        var kind = new byte[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            var slot = next[edges.From(i)]++;
            target[slot] = edges.To(i);
            kind[slot] = edges.Kind(i);
        }

        return new DependencyGraph(start, target, kind);
    }

    public static DependencyKind KindOf(byte kind) => kind switch
    {
        WriteWrite => DependencyKind.WriteWrite,
        WriteRead => DependencyKind.WriteRead,
        ReadWrite => DependencyKind.ReadWrite,
        _ => DependencyKind.Realtime,
    };
}

/// <summary>Edges as they are found, in three growing arrays; a transaction's edge to itself is dropped.</summary>
internal sealed class EdgeBuffer
{
    private int[] _from = new int[1024];
    private int[] _to = new int[1024];
    private byte[] _kind = new byte[1024];

    public int Count { get; private set; }

    public int From(int i) => _from[i];

    public int To(int i) => _to[i];

    public byte Kind(int i) => _kind[i];

    public void Add(Txn from, Txn to, byte kind)
    {
        if (from == to)
        {
            return;
        }

        if (Count == _from.Length)
        {
            Array.Resize(ref _from, Count * 2);
            Array.Resize(ref _to, Count * 2);
            Array.Resize(ref _kind, Count * 2);
        }

        (_from[Count], _to[Count], _kind[Count]) = (from.Id, to.Id, kind);
        Count++;
    }
}
