using ChaosBench.Model.History;

namespace ChaosBench.ElleBench;

/// <summary>
/// A strictly serializable database in memory: each transaction that takes effect runs alone, all at once, at
/// a point between its invocation and its completion, in the order of those points. The lossy one acknowledges
/// one append in <see cref="DropEvery"/> without keeping it, only ever an append to a list its transaction touches
/// nowhere else: a read of its own, or another append to that list, would show the loss as something else
/// (an internal inconsistency, an intermediate read).
/// </summary>
internal static class SimulatedDatabase
{
    public const int DropEvery = 1_000;

    public static void Run(List<PlannedTxn> txns, bool lossy)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var appends = 0;
        foreach (var txn in txns.Where(t => t.Applied).OrderBy(t => t.TakesEffect))
        {
            var completion = new MicroOp[txn.Invocation.Length];
            for (var i = 0; i < completion.Length; i++)
            {
                var mop = txn.Invocation[i];
                if (!lists.TryGetValue(mop.Key, out var list))
                {
                    lists[mop.Key] = list = [];
                }

                if (mop.F == TxnFunctions.Read)
                {
                    completion[i] = MicroOp.ReadOf(mop.Key, [.. list]);
                }
                else if (lossy && txn.Outcome == OpType.Ok && ++appends % DropEvery == 0 && TouchesOnce(txn.Invocation, i))
                {
                    completion[i] = mop;
                    txn.Dropped.Add(mop);
                }
                else
                {
                    completion[i] = mop;
                    list.Add(mop.Value!);
                }
            }

            txn.Completion = completion;
        }
    }

    private static bool TouchesOnce(MicroOp[] mops, int index) => mops.Count(m => m.Key == mops[index].Key) == 1;
}
