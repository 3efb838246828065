using System.Globalization;
using System.Runtime.InteropServices;
using static ChaosBench.Bench.SizedBench;

namespace ChaosBench.Bench;

/// <summary>The figures as a Markdown table, with the targets for 10^6 ops beside them.</summary>
internal static class ResultTable
{
    public const int TargetSize = 1_000_000;
    public const double TargetSeconds = 5;
    public const long TargetBytes = 1L << 30;
    private const double MiB = 1 << 20;

    public static void Print(TextWriter output, IReadOnlyList<Measurement> results, long seed)
    {
        output.WriteLine($"no-lost-writes, seed {seed}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, " +
                         $"{Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}");
        output.WriteLine();
        output.WriteLine("| size | ops | keys | runs | best s | median s | ops/s | alloc/check MiB | history MiB | peak RSS MiB | lost planted / found | verdicts |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Label(r.Size)} | {r.Ops:N0} | {r.Keys:N0} | {r.Runs} | {r.BestSeconds:F4} | {r.MedianSeconds:F4} | {r.Ops / r.BestSeconds:N0} | " +
                $"{r.AllocatedPerCheck / MiB:F1} | {r.HistoryBytes / MiB:F1} | {r.PeakBytes / MiB:F1}{(r.PeakIsolated ? "" : " (whole child)")} | " +
                $"{r.LostPlanted} / {r.LostFound} | {(r.Problems.Count == 0 ? "as expected" : "WRONG")} |"));
        }

        output.WriteLine();
        var target = results.FirstOrDefault(r => r.Size == TargetSize);
        output.WriteLine(target is null
            ? $"Targets: not measured (no {Label(TargetSize)} run)."
            : string.Create(CultureInfo.InvariantCulture,
                $"Targets at {Label(TargetSize)} ops: check < {TargetSeconds} s: {Met(target.BestSeconds < TargetSeconds)} ({target.BestSeconds:F3} s); " +
                $"peak RSS < 1 GiB: {Met(target.PeakBytes < TargetBytes)} ({target.PeakBytes / MiB:F0} MiB)."));
        foreach (var problem in results.SelectMany(r => r.Problems.Select(p => $"{Label(r.Size)} {p}")))
        {
            output.WriteLine($"WRONG VERDICT: {problem}");
        }
    }
}
