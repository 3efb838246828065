using ChaosBench.Model.History;

namespace ChaosBench.ElleBench;

/// <summary>
/// A history of the simulated workload on the simulated database, and how many acknowledged appends the lossy
/// database dropped that a read invoked after them should have shown: what a strict check must call lost,
/// counted from the plan, not by the checker's logic.
/// </summary>
internal sealed record GeneratedHistory(History History, int Lists, int DroppedShouldShow)
{
    public static GeneratedHistory Generate(int size, long seed, bool lossy)
    {
        var txns = Workload.Plan(size, seed);
        SimulatedDatabase.Run(txns, lossy);
        var events = new List<(long Time, bool Completion, PlannedTxn Txn)>(2 * txns.Count);
        foreach (var txn in txns)
        {
            events.Add((txn.Invoked, false, txn));
            if (txn.Completed != long.MaxValue)
            {
                events.Add((txn.Completed, true, txn));
            }
        }

        var history = new History();
        foreach (var (time, completion, txn) in events.OrderBy(e => e.Time).ThenBy(e => !e.Completion))
        {
            var (type, mops, error) = !completion ? (OpType.Invoke, txn.Invocation, null)
                : txn.Outcome == OpType.Ok ? (OpType.Ok, txn.Completion!, null)
                : (txn.Outcome, txn.Invocation, txn.Outcome == OpType.Fail ? "could not serialize access" : "timeout");
            history.Append(TimeSpan.FromTicks(time), type, txn.Process, mops, error);
        }

        var lastRead = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var txn in txns.Where(t => t.Outcome == OpType.Ok))
        {
            foreach (var read in txn.Invocation.Where(m => m.F == TxnFunctions.Read))
            {
                lastRead[read.Key] = Math.Max(lastRead.GetValueOrDefault(read.Key, long.MinValue), txn.Invoked);
            }
        }

        var lists = txns.SelectMany(t => t.Invocation).Select(m => m.Key).Distinct().Count();
        // At equal times completions come first, so a read invoked at the very tick the append was acknowledged follows it.
        var shouldShow = txns.Sum(t => t.Dropped.Count(d => lastRead.GetValueOrDefault(d.Key, long.MinValue) >= t.Completed));
        return new GeneratedHistory(history, lists, shouldShow);
    }
}
