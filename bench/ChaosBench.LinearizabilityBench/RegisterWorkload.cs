using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.LinearizabilityBench;

/// <summary>
/// Deterministic register histories from a seed. Each client issues operations back to back (0.3–4.3 ms each,
/// up to 1 ms apart) on random keys: half reads, 40 % writes, 10 % compare-and-sets. 94 % are acknowledged, 3 %
/// refused, 2.5 % time out after 1 s and 0.5 % never answer; a simulated linearizable store applies every
/// acknowledged one at a random instant inside its interval and half of the indeterminate ones within a second of
/// their invocation. A compare-and-set expects what the key holds then, except one in five, which the store refuses.
/// The stale variant changes one acknowledged read to return a value overwritten before it was invoked.
/// </summary>
internal static class RegisterWorkload
{
    private static readonly long Timeout = TimeSpan.FromSeconds(1).Ticks;

    public static Generated Generate(Shape shape, long seed, bool stale)
    {
        var planned = new List<Planned>(shape.Operations);
        for (var client = 0; client < shape.Clients; client++)
        {
            var count = (shape.Operations / shape.Clients) + (client < shape.Operations % shape.Clients ? 1 : 0);
            Client(shape, SeededRandom.For(seed, $"{shape.Name}/client-{client}"), client, count, planned);
        }

        Store.Run(shape, SeededRandom.For(seed, $"{shape.Name}/store"), planned);
        var history = Events(planned);
        if (!stale)
        {
            return new(history, null, null);
        }

        var (read, value) = StaleRead.Plant(planned, SeededRandom.For(seed, $"{shape.Name}/stale"));
        return new([.. history.Select(o => o.Index == read.CompletionIndex ? o with { Value = value } : o)], read.Index, Key(read.Key));
    }

    public static string Key(int key) => $"k{key:D6}";

    private static void Client(Shape shape, Random random, int client, int count, List<Planned> planned)
    {
        var time = (long)(random.NextDouble() * TimeSpan.TicksPerMillisecond * 10);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var f = roll < 0.5 ? KvFunctions.Read : roll < 0.9 ? KvFunctions.Write : KvFunctions.Cas;
            var duration = (long)((0.3 + (4 * random.NextDouble())) * TimeSpan.TicksPerMillisecond);
            var ending = random.NextDouble();
            var outcome = ending < 0.94 ? OpType.Ok : ending < 0.97 ? OpType.Fail : ending < 0.995 ? OpType.Info : OpType.Invoke;
            long? completed = outcome switch { OpType.Invoke => null, OpType.Info => time + Timeout, _ => time + duration };
            long? applied = outcome switch
            {
                OpType.Ok => time + (long)(random.NextDouble() * duration),
                OpType.Fail => null,
                _ => random.NextDouble() < 0.5 ? time + (long)(random.NextDouble() * Timeout) : null,
            };
            planned.Add(new Planned
            {
                Process = client,
                Key = random.Next(shape.Keys),
                F = f,
                Invoked = time,
                Completed = completed,
                Outcome = outcome,
                AppliedAt = f == KvFunctions.Read && outcome != OpType.Ok ? null : applied,
                Value = f == KvFunctions.Read ? null : shape.UniqueValues ? $"{client}-{i}" : $"{random.Next(shape.Values)}",
            });
            time = (completed ?? time + Timeout) + (long)(random.NextDouble() * TimeSpan.TicksPerMillisecond);
        }
    }

    /// <summary>Invocations and completions in time order, a completion first at a tie (the client's previous op ends before it goes on).</summary>
    private static List<Op> Events(List<Planned> planned)
    {
        var events = new List<(long Time, int Kind, int Op)>(planned.Count * 2);
        for (var i = 0; i < planned.Count; i++)
        {
            events.Add((planned[i].Invoked, 1, i));
            if (planned[i].Completed is { } completed)
            {
                events.Add((completed, 0, i));
            }
        }

        events.Sort();
        var history = new List<Op>(events.Count);
        foreach (var (time, kind, i) in events)
        {
            var p = planned[i];
            var invocation = kind == 1;
            if (invocation)
            {
                p.Index = history.Count;
            }
            else
            {
                p.CompletionIndex = history.Count;
            }

            var type = invocation ? OpType.Invoke : p.Outcome;
            var value = p.F == KvFunctions.Read && (invocation || type != OpType.Ok) ? null : p.Value;
            var error = type is OpType.Fail or OpType.Info ? (type == OpType.Fail ? "refused" : "timed out") : null;
            history.Add(new Op(history.Count, TimeSpan.FromTicks(time), type, p.Process, p.F, Key(p.Key), value, error) { Expected = p.Expected });
        }

        return history;
    }
}
