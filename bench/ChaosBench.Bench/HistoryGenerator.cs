using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.Bench;

/// <summary>
/// Deterministic histories of about <c>size</c> ops from a seed: <see cref="Clients"/> clients writing unique
/// values over a key space of about 20 writes per key, then one final read per written key (a few after a
/// failed attempt). The clean and lossy variants of one seed differ only in what the final reads show.
/// </summary>
internal static class HistoryGenerator
{
    public const int Clients = 8;
    private const int WritesPerKey = 20;
    private const double FailedFinalReadShare = 0.01;
    private static readonly long FinalReadSpacing = TimeSpan.FromMilliseconds(1).Ticks;

    public static GeneratedHistory Generate(int size, long seed, bool lossy)
    {
        var keys = Math.Max(10, size / ((2 * WritesPerKey) + 2));
        var perClient = (size - (2 * keys)) / 2 / Clients;
        var writes = new List<PlannedWrite>(perClient * Clients);
        for (var thread = 0; thread < Clients; thread++)
        {
            ClientWrites.Generate(seed, thread, Clients, perClient, keys, writes);
        }

        var plan = FinalReadPlan.For(writes, keys, seed, lossy);
        var history = new History();
        AppendWrites(history, writes);
        AppendFinalReads(history, writes, plan, seed);
        var expected = new Expected(
            writes.Count(w => w.Outcome == OpType.Ok),
            writes.Count(w => w.Outcome == OpType.Fail),
            writes.Count(w => w.Outcome == OpType.Info),
            plan.Written.Count(w => w),
            plan.Lost);
        return new GeneratedHistory(history, expected);
    }

    /// <summary>Every invocation and completion in time order; ties keep the order the writes were planned in.</summary>
    private static void AppendWrites(History history, List<PlannedWrite> writes)
    {
        var events = new List<(long Time, int Write, bool Completion)>(writes.Count * 2);
        for (var i = 0; i < writes.Count; i++)
        {
            events.Add((writes[i].Invoked, i, false));
            if (!writes[i].Pending)
            {
                events.Add((writes[i].Completed, i, true));
            }
        }

        events.Sort();
        foreach (var (time, i, completion) in events)
        {
            var w = writes[i];
            var (type, error) = !completion ? (OpType.Invoke, null)
                : w.Outcome == OpType.Ok ? (OpType.Ok, null)
                : w.Outcome == OpType.Fail ? (OpType.Fail, $"etcd-{w.Process % 3}: connection refused")
                : (OpType.Info, $"etcd-{w.Process % 3}: context deadline exceeded");
            history.Append(TimeSpan.FromTicks(time), type, w.Process, "write", w.KeyText, w.Value, error);
        }
    }

    /// <summary>After every write ended, one process reads each written key back, in key order.</summary>
    private static void AppendFinalReads(History history, List<PlannedWrite> writes, FinalReadPlan plan, long seed)
    {
        var random = SeededRandom.For(seed, "final-reads");
        var process = writes.Max(w => w.Process) + 1;
        var time = writes.Max(w => w.Pending ? w.AppliedAt : w.Completed) + TimeSpan.FromSeconds(3).Ticks;
        for (var k = 0; k < plan.Values.Length; k++)
        {
            if (!plan.Written[k])
            {
                continue;
            }

            var key = $"k{k:D6}";
            if (random.NextDouble() < FailedFinalReadShare)
            {
                history.Append(TimeSpan.FromTicks(time += FinalReadSpacing), OpType.Invoke, process, "final-read", key, null);
                history.Append(TimeSpan.FromTicks(time += FinalReadSpacing), OpType.Fail, process, "final-read", key, null, "etcd-0: connection refused");
            }

            history.Append(TimeSpan.FromTicks(time += FinalReadSpacing), OpType.Invoke, process, "final-read", key, null);
            history.Append(TimeSpan.FromTicks(time += FinalReadSpacing), OpType.Ok, process, "final-read", key, plan.Values[k]);
        }
    }
}
