using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// One key's operations, with their values numbered so the search compares integers: <see cref="Any"/> (0) is "some
/// value written before the window", a state only narrowing a violation starts from; <see cref="Absent"/> (1) is the
/// key holding nothing, where every register starts; 2, 3, ... are the values, in order of first appearance.
/// </summary>
internal sealed class KeyHistory
{
    public const int Any = 0;
    public const int Absent = 1;

    private readonly List<string?> _values = [null, null];

    public KeyHistory(string key, List<KeyedOperation> operations)
    {
        Key = key;
        Operations = operations;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        ValueIds = new int[operations.Count];
        ExpectedIds = new int[operations.Count];
        for (var i = 0; i < operations.Count; i++)
        {
            ValueIds[i] = Id(ids, operations[i].Value);
            ExpectedIds[i] = operations[i].Kind == RegisterKind.Cas ? Id(ids, operations[i].Expected) : Absent;
        }

        // What the key may hold at a cut: absent, or any value some write or compare-and-set that did not fail wrote.
        Producible = new bool[_values.Count];
        Producible[Absent] = true;
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Kind != RegisterKind.Read && operations[i].Outcome != OpType.Fail)
            {
                Producible[ValueIds[i]] = true;
            }
        }
    }

    public string Key { get; }

    /// <summary>By invocation time.</summary>
    public List<KeyedOperation> Operations { get; }

    /// <summary>Per operation: the value read or written (<see cref="KeyedOperation.Value"/>).</summary>
    public int[] ValueIds { get; }

    /// <summary>Per operation: a compare-and-set's old value.</summary>
    public int[] ExpectedIds { get; }

    /// <summary>Per value: whether the key can ever hold it.</summary>
    public bool[] Producible { get; }

    public int ValueCount => _values.Count;

    /// <summary>The value numbered <paramref name="id"/>; null for absent.</summary>
    public string? ValueOf(int id) => _values[id];

    private int Id(Dictionary<string, int> ids, string? value)
    {
        if (value is null)
        {
            return Absent;
        }

        if (!ids.TryGetValue(value, out var id))
        {
            ids[value] = id = _values.Count;
            _values.Add(value);
        }

        return id;
    }
}
