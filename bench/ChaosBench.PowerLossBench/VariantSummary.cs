namespace ChaosBench.PowerLossBench;

/// <summary>A variant's rounds together: puts over the time they took, and latency percentiles over every put.</summary>
internal sealed record VariantSummary(string Variant, int Rounds, long Puts, double PutsPerSecond, double MinRoundRate, double MaxRoundRate, TimeSpan P50, TimeSpan P99)
{
    public static VariantSummary Of(string variant, IReadOnlyList<RoundResult> rounds)
    {
        var latencies = rounds.SelectMany(r => r.Latencies).Order().ToList();
        var seconds = rounds.Sum(r => r.Elapsed.TotalSeconds);
        return new VariantSummary(
            variant, rounds.Count, latencies.Count, latencies.Count / seconds,
            rounds.Min(r => r.PutsPerSecond), rounds.Max(r => r.PutsPerSecond),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    /// <summary>Nearest rank: the smallest latency at least <paramref name="p"/> of the puts did not exceed.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
