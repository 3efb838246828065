namespace ChaosBench.NetworkBench;

/// <summary>One round of one variant: every put's latency in stopwatch ticks, how long the round took, what it allocated.</summary>
internal sealed record RoundResult(string Variant, long[] Latencies, TimeSpan Elapsed, long AllocatedBytes)
{
    public double PutsPerSecond => Latencies.Length / Elapsed.TotalSeconds;
}
