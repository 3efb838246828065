using System.Diagnostics;
using System.Net;

namespace ChaosBench.NetworkBench;

/// <summary>
/// An open-loop load: the rate is split evenly over kept-alive connections, each sending its puts at fixed times
/// (the i-th of connection c at <c>(i·C + c) / rate</c>); a put due while the previous one is out waits for it, and one
/// that is late goes at once, so the offered rate holds while the system keeps up. A put's latency runs from its send to
/// the end of etcd's answer.
/// </summary>
internal sealed class OpenLoad(string variant, IReadOnlyList<PutConnection> connections, int rate, int seed)
{
    private readonly Random _keys = new(seed);

    public static async Task<OpenLoad> OpenAsync(string variant, IPEndPoint at, BenchOptions options, CancellationToken ct)
    {
        var connections = new List<PutConnection>();
        for (var i = 0; i < options.Connections; i++)
        {
            connections.Add(await PutConnection.OpenAsync(at, ct));
        }

        return new OpenLoad(variant, connections, options.Rate, options.Seed);
    }

    public async Task<RoundResult> RunAsync(TimeSpan duration, CancellationToken ct)
    {
        var perConnection = (int)Math.Ceiling(rate * duration.TotalSeconds / connections.Count);
        var seeds = connections.Select(_ => _keys.Next()).ToList();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(connections.Select((c, i) => ConnectionAsync(c, i, perConnection, start, new Random(seeds[i]), ct)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new RoundResult(variant, [.. latencies.SelectMany(l => l)], elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    public void Close()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }

    private async Task<long[]> ConnectionAsync(PutConnection connection, int index, int puts, long start, Random keys, CancellationToken ct)
    {
        await Task.Yield();
        var latencies = new long[puts];
        var ticksPerPut = (double)Stopwatch.Frequency / rate;
        for (var i = 0; i < puts; i++)
        {
            var due = start + (long)(((i * (double)connections.Count) + index) * ticksPerPut);
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (early > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(early, ct);
            }

            var sent = Stopwatch.GetTimestamp();
            await connection.PutAsync(keys.Next(1_000_000), ct);
            latencies[i] = Stopwatch.GetTimestamp() - sent;
        }

        return latencies;
    }
}
