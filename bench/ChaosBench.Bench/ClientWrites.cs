using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.Bench;

/// <summary>
/// One client's writes, shaped like the etcd-kv workload's: a write every few milliseconds to a random key,
/// mostly acknowledged, some refused (fail), some timed out (info), a few never answered. Times are in ticks.
/// </summary>
internal static class ClientWrites
{
    private const double OkShare = 0.94;
    private const double FailShare = 0.03;
    private const double NeverAnsweredShare = 0.005;
    private const int MinLatency = 3_000;
    private const int LatencySpread = 40_000;
    private static readonly long Interval = TimeSpan.FromMilliseconds(4).Ticks;
    private static readonly long Timeout = TimeSpan.FromSeconds(3).Ticks;

    public static void Generate(long seed, int thread, int clients, int count, int keys, List<PlannedWrite> into)
    {
        var random = SeededRandom.For(seed, $"client-{thread}");
        var process = thread;
        var time = (long)(Interval * random.NextDouble());
        for (var seq = 0; seq < count; seq++)
        {
            var key = random.Next(keys);
            var roll = random.NextDouble();
            var outcome = roll < OkShare ? OpType.Ok : roll < OkShare + FailShare ? OpType.Fail : OpType.Info;
            var pending = roll >= 1 - NeverAnsweredShare;
            var end = outcome == OpType.Info ? time + Timeout : time + MinLatency + random.Next(LatencySpread);
            var applied = outcome == OpType.Ok || (outcome == OpType.Info && random.Next(2) == 0);
            var appliedAt = time + 1 + (long)((end - time - 2) * random.NextDouble());
            into.Add(new PlannedWrite(key, $"k{key:D6}", $"{process}-{seq}", process, time, pending ? long.MaxValue : end, outcome, applied, appliedAt));
            if (pending)
            {
                // As in Jepsen, a process whose operation never completed never invokes again: its thread goes on as a new one.
                process += clients;
            }

            time = Math.Max(time + Interval, end + 1);
        }
    }
}
