using ChaosBench.Model.History;

namespace ChaosBench.Checkers.NoLostWrites;

/// <summary>Each write with its invocation and completion times and outcome, grouped by key.</summary>
internal sealed class WriteTimeline
{
    private WriteTimeline(Dictionary<string, List<Write>> byKey)
    {
        ByKey = byKey;
    }

    public Dictionary<string, List<Write>> ByKey { get; }

    public int Count(OpType outcome) => ByKey.Values.Sum(ws => ws.Count(w => w.Outcome == outcome));

    /// <summary>
    /// Pairs each client's write invocation (of one of <paramref name="functions"/>) with its completion; a write never
    /// completed is indeterminate. A <c>cas</c> writes its value as a write does, and one whose compare did not hold
    /// failed: it wrote nothing.
    /// </summary>
    public static WriteTimeline From(IReadOnlyList<Op> ops, params string[] functions)
    {
        var byKey = new Dictionary<string, List<Write>>(StringComparer.Ordinal);
        foreach (var (invoke, completed, outcome) in Operations.Of(ops, functions.Contains))
        {
            if (invoke.Key is { } key)
            {
                Add(byKey, new Write(key, invoke.Value, invoke.Time, completed ?? TimeSpan.MaxValue, outcome));
            }
        }

        return new WriteTimeline(byKey);
    }

    private static void Add(Dictionary<string, List<Write>> byKey, Write write)
    {
        if (!byKey.TryGetValue(write.Key, out var list))
        {
            byKey[write.Key] = list = [];
        }

        list.Add(write);
    }
}

/// <summary>One write: what, when it started and ended, and how it ended.</summary>
internal sealed record Write(string Key, string? Value, TimeSpan Invoked, TimeSpan Completed, OpType Outcome);
