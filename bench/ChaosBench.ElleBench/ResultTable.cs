using System.Globalization;
using System.Runtime.InteropServices;
using static ChaosBench.Bench.SizedBench;

namespace ChaosBench.ElleBench;

/// <summary>The figures as a Markdown table, the growth from size to size, and the targets for 10^5 transactions.</summary>
internal static class ResultTable
{
    public const int TargetSize = 100_000;
    public const double TargetSeconds = 5;
    public const long TargetBytes = 1L << 30;
    private const double MiB = 1 << 20;

    public static void Print(TextWriter output, IReadOnlyList<Measurement> results, long seed)
    {
        output.WriteLine($"transactional checker (list-append), seed {seed}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, " +
                         $"{Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}");
        output.WriteLine();
        output.WriteLine("| transactions | ops | lists | runs | serializable best s | median s | cpu s/check | txns/s | strict-serializable best s | alloc/check MiB | history MiB | peak RSS MiB | lost planted / found | verdicts |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Label(r.Size)} | {r.Ops:N0} | {r.Lists:N0} | {r.Runs} | {r.BestSeconds:F4} | {r.MedianSeconds:F4} | {r.CpuSeconds:F4} | {r.Size / r.BestSeconds:N0} | {r.StrictBestSeconds:F4} | " +
                $"{r.AllocatedPerCheck / MiB:F1} | {r.HistoryBytes / MiB:F1} | {r.PeakBytes / MiB:F1}{(r.PeakIsolated ? "" : " (whole child)")} | " +
                $"{r.LostPlanted} / {r.LostFound} | {(r.Problems.Count == 0 ? "as expected" : "WRONG")} |"));
        }

        output.WriteLine();
        for (var i = 1; i < results.Count; i++)
        {
            var (before, after) = (results[i - 1], results[i]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Growth {Label(before.Size)} -> {Label(after.Size)}: {(double)after.Size / before.Size:0.#}x the transactions took {after.BestSeconds / before.BestSeconds:0.0}x the time (serializable best), {after.CpuSeconds / before.CpuSeconds:0.0}x the processor time."));
        }

        var target = results.FirstOrDefault(r => r.Size == TargetSize);
        output.WriteLine(target is null
            ? $"Targets: not measured (no {Label(TargetSize)} run)."
            : string.Create(CultureInfo.InvariantCulture,
                $"Targets at {Label(TargetSize)} transactions: check < {TargetSeconds} s: {Met(target.BestSeconds < TargetSeconds)} ({target.BestSeconds:F3} s); " +
                $"peak RSS < 1 GiB: {Met(target.PeakBytes < TargetBytes)} ({target.PeakBytes / MiB:F0} MiB)."));
        foreach (var problem in results.SelectMany(r => r.Problems.Select(p => $"{Label(r.Size)} {p}")))
        {
            output.WriteLine($"WRONG VERDICT: {problem}");
        }
    }
}
