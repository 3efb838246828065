namespace ChaosBench.PowerLossBench;

/// <summary>
/// Warms each variant up, then alternates rounds (plain, layer, plain, layer, ...) so that drift on a shared
/// machine (other builds, the page cache, etcd's growing database) falls on both variants alike.
/// </summary>
internal static class Schedule
{
    public static async Task<IReadOnlyList<RoundResult>> RunAsync(PutLoad load, IReadOnlyList<EtcdNode> nodes, BenchOptions options, CancellationToken ct)
    {
        if (options.Warmup > TimeSpan.Zero)
        {
            foreach (var node in nodes)
            {
                Console.Error.WriteLine($"  warm-up {node.Variant}, {options.Warmup.TotalSeconds:0.###} s");
                await load.RunAsync(node, options.Warmup, ct);
            }
        }

        var rounds = new List<RoundResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var node in nodes)
            {
                var result = await load.RunAsync(node, options.Round, ct);
                Console.Error.WriteLine($"  round {round}/{options.Rounds} {node.Variant}: {result.Latencies.Count:N0} puts, {result.PutsPerSecond:N0}/s");
                rounds.Add(result);
            }
        }

        return rounds;
    }
}
