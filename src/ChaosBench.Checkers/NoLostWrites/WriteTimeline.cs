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

    /// <summary>Pairs each client's write invocation (of function <paramref name="f"/>) with its completion; a write never completed is indeterminate.</summary>
    public static WriteTimeline From(IReadOnlyList<Op> ops, string f = KvFunctions.Write)
    {
        var pending = new Dictionary<int, Op>();
        var byKey = new Dictionary<string, List<Write>>(StringComparer.Ordinal);
        foreach (var op in ops.Where(o => o.F == f))
        {
            if (op.Type == OpType.Invoke)
            {
                pending[op.Process] = op;
                continue;
            }

            if (pending.Remove(op.Process, out var invoke) && invoke.Key is { } key)
            {
                Add(byKey, new Write(key, invoke.Value, invoke.Time, op.Time, op.Type));
            }
        }

        foreach (var invoke in pending.Values.Where(i => i.Key is not null))
        {
            Add(byKey, new Write(invoke.Key!, invoke.Value, invoke.Time, TimeSpan.MaxValue, OpType.Info));
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
