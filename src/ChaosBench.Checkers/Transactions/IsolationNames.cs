namespace ChaosBench.Checkers.Transactions;

/// <summary>The names isolation levels go by in scenarios and on the command line: <c>serializable</c>, <c>snapshot-isolation</c>....</summary>
public static class IsolationNames
{
    private static readonly Dictionary<string, Isolation> ByName = new(StringComparer.Ordinal)
    {
        ["read-committed"] = Isolation.ReadCommitted,
        ["snapshot-isolation"] = Isolation.SnapshotIsolation,
        ["serializable"] = Isolation.Serializable,
        ["strict-serializable"] = Isolation.StrictSerializable,
    };

    /// <summary>Every name, weakest level first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ByName.Keys];

    public static string Name(Isolation level) => ByName.First(e => e.Value == level).Key;

    public static bool TryParse(string name, out Isolation level) => ByName.TryGetValue(name, out level);
}
