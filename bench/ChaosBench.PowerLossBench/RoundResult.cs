namespace ChaosBench.PowerLossBench;

/// <summary>One round against one variant: how long it took, and the latency of every put in it.</summary>
internal sealed record RoundResult(string Variant, TimeSpan Elapsed, IReadOnlyList<TimeSpan> Latencies)
{
    public double PutsPerSecond => Latencies.Count / Elapsed.TotalSeconds;
}
