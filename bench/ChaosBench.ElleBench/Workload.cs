using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.ElleBench;

/// <summary>
/// The transactions clients invoke, shaped as Jepsen's list-append workload makes them (Elle's generator): 1 to
/// 4 micro-ops, each an append of a unique element or a read, on one of <see cref="LiveLists"/> lists; a list
/// is retired after <see cref="AppendsPerList"/> appends (Elle's default) and a fresh one takes its place, so
/// reads stay short however long the run. <see cref="Clients"/> clients, one transaction at a time each; 95 %
/// commit, 3 % fail, 2 % time out (half of those take effect) and 0.2 % never answer. Times are ticks.
/// </summary>
internal static class Workload
{
    public const int Clients = 10;
    public const int LiveLists = 100;
    public const int AppendsPerList = 32;
    private const int MaxMicroOps = 4;

    public static List<PlannedTxn> Plan(int count, long seed)
    {
        var random = SeededRandom.For(seed, "elle-workload");
        // Each list's name is made once: the history refers to it thousands of times.
        var live = Enumerable.Range(0, LiveLists).Select(l => $"{l}").ToArray();
        var appends = new int[LiveLists];
        var nextList = LiveLists;
        var nextElement = 0;
        var clients = new PriorityQueue<(int Client, int Process), long>();
        for (var client = 0; client < Clients; client++)
        {
            clients.Enqueue((client, client), random.Next(10_000));
        }

        var txns = new List<PlannedTxn>(count);
        while (txns.Count < count)
        {
            clients.TryDequeue(out var next, out var invoked);
            var mops = new MicroOp[1 + random.Next(MaxMicroOps)];
            for (var i = 0; i < mops.Length; i++)
            {
                var slot = random.Next(LiveLists);
                var list = live[slot];
                var append = random.Next(2) == 0;
                mops[i] = append ? MicroOp.AppendOf(list, $"{nextElement++}") : MicroOp.ReadOf(list);
                if (append && ++appends[slot] == AppendsPerList)
                {
                    (live[slot], appends[slot]) = ($"{nextList++}", 0);
                }
            }

            var txn = Outcome(random, next.Process, invoked, mops);
            txns.Add(txn);
            // As in Jepsen, a client whose transaction is indeterminate goes on as a new process.
            var process = txn.Outcome == OpType.Info ? next.Process + Clients : next.Process;
            var free = txn.Outcome == OpType.Info ? invoked + TimeSpan.FromSeconds(1).Ticks : txn.Completed;
            clients.Enqueue((next.Client, process), free + random.Next(5_000));
        }

        return txns;
    }

    private static PlannedTxn Outcome(Random random, int process, long invoked, MicroOp[] mops)
    {
        var roll = random.NextDouble();
        var outcome = roll < 0.95 ? OpType.Ok : roll < 0.98 ? OpType.Fail : OpType.Info;
        var pending = roll >= 0.998;
        var applied = outcome == OpType.Ok || (outcome == OpType.Info && random.Next(2) == 0);
        var takesEffect = invoked + 2_000 + random.Next(20_000);
        var completed = pending ? long.MaxValue : outcome == OpType.Info ? invoked + TimeSpan.FromSeconds(1).Ticks : takesEffect + 1_000 + random.Next(10_000);
        return new PlannedTxn(process, invoked, takesEffect, completed, outcome, applied, mops);
    }
}
