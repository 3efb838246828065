using ChaosBench.Model.History;

namespace ChaosBench.LinearizabilityBench;

/// <summary>
/// Plants a stale read: an acknowledged read that returns the value of an acknowledged write that a second
/// acknowledged write overwrote, the first completing before the second was invoked and the second before the read
/// was invoked. Values are unique, so no order explains it.
/// </summary>
internal static class StaleRead
{
    /// <summary>The read changed, and the value it now returns.</summary>
    public static (Planned Read, string Value) Plant(List<Planned> planned, Random random)
    {
        var writes = planned.Where(p => p.F != KvFunctions.Read && p.Outcome == OpType.Ok && p.AppliedAt is not null).ToLookup(p => p.Key);
        var reads = planned.Where(p => p.F == KvFunctions.Read && p.Outcome == OpType.Ok).ToList();
        for (var attempt = 0; attempt < reads.Count; attempt++)
        {
            var read = reads[random.Next(reads.Count)];
            var newer = writes[read.Key].Where(w => w.Completed < read.Invoked).MaxBy(w => w.Completed);
            var older = newer is null ? null : writes[read.Key].Where(w => w.Completed < newer.Invoked).MaxBy(w => w.Completed);
            if (older is not null)
            {
                return (read, older.Value!);
            }
        }

        throw new InvalidOperationException("no read follows two writes one after the other: the history is too small to plant a stale read");
    }
}
