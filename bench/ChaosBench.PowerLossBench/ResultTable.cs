using System.Globalization;
using System.Runtime.InteropServices;
using ChaosBench.PowerLoss;

namespace ChaosBench.PowerLossBench;

/// <summary>Both variants as a Markdown table, then the ratios, the target, and what the layer itself reported.</summary>
internal static class ResultTable
{
    /// <summary>Issue 5: the layer may cost a scenario at most 30 % of etcd's put throughput.</summary>
    public const double TargetRatio = 0.7;

    public static void Print(TextWriter output, BenchOptions options, IReadOnlyList<RoundResult> rounds, (double Start, double End) load, PowerLossMount mount)
    {
        var plain = VariantSummary.Of(Testbed.Plain, rounds.Where(r => r.Variant == Testbed.Plain).ToList());
        var layer = VariantSummary.Of(Testbed.Layer, rounds.Where(r => r.Variant == Testbed.Layer).ToList());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"etcd 3.5 puts ({PutLoad.ValueBytes}-byte values, {PutLoad.KeySpace:N0} keys), {options.Clients} closed-loop client{(options.Clients == 1 ? "" : "s")}, " +
            $"{options.Rounds} × {options.Round.TotalSeconds:0.###} s rounds per variant, alternating, after {options.Warmup.TotalSeconds:0.###} s warm-up each; " +
            $"seed {options.Seed}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, " +
            $"load average {load.Start:0.0} at the start, {load.End:0.0} at the end"));
        output.WriteLine();
        output.WriteLine("| variant | /var/lib/etcd | rounds | puts | puts/s | puts/s per round | p50 ms | p99 ms |");
        output.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|");
        Row(output, plain, "bind mount of a host directory");
        Row(output, layer, "power-loss layer over a host directory");
        output.WriteLine();

        var throughput = layer.PutsPerSecond / plain.PutsPerSecond;
        var p99 = layer.P99 / plain.P99;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"layer / plain: throughput {throughput:0.00}×, p99 latency {p99:0.00}×. " +
            $"Target throughput ≥ {TargetRatio}× plain: {(throughput >= TargetRatio ? "met" : "NOT MET")}."));
        var pairs = Pairs(rounds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Per round, layer / plain throughput (each layer round against the plain round just before it): " +
            $"{string.Join(", ", pairs.Select(r => $"{r:0.00}×"))}; median {pairs.Order().ElementAt(pairs.Count / 2):0.00}×."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Layer a second after the last put: {mount.UnsyncedBytes:N0} bytes unsynced; layer errors: {(mount.Errors.Count == 0 ? "none" : string.Join("; ", mount.Errors))}."));
    }

    /// <summary>Neighbouring rounds share the machine's mood: their ratio shows how much of the spread is drift.</summary>
    private static List<double> Pairs(IReadOnlyList<RoundResult> rounds) =>
        rounds.Zip(rounds.Skip(1))
            .Where(p => p.First.Variant == Testbed.Plain && p.Second.Variant == Testbed.Layer)
            .Select(p => p.Second.PutsPerSecond / p.First.PutsPerSecond)
            .ToList();

    private static void Row(TextWriter output, VariantSummary s, string dataDirectory) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {s.Variant} | {dataDirectory} | {s.Rounds} | {s.Puts:N0} | {s.PutsPerSecond:N0} | {s.MinRoundRate:N0}–{s.MaxRoundRate:N0} | " +
            $"{s.P50.TotalMilliseconds:0.00} | {s.P99.TotalMilliseconds:0.00} |"));
}
