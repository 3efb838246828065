using System.Globalization;
using System.Runtime.InteropServices;

namespace ChaosBench.LinearizabilityBench;

/// <summary>The figures as Markdown tables: each shape with its goals, then beside Porcupine's published figures.</summary>
internal static class ResultTable
{
    private const double MiB = 1 << 20;

    public static void Print(TextWriter output, IReadOnlyList<(Shape Shape, Measurement Figures)> results, BenchOptions options)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"linearizable, seed {options.Seed}, budget {options.Budget.TotalSeconds:0.###} s, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, " +
            $"{Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, load average {File.ReadAllText("/proc/loadavg")[..14].Trim()} at the end"));
        output.WriteLine();
        output.WriteLine("| history | ops | keys | clients | runs | best s | median s | CPU s/check | ops/s | alloc/check MiB | peak RSS MiB | verdict | stale read found in s | goal |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|---|");
        foreach (var (shape, r) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {shape.Name} ({(shape.UniqueValues ? "unique values" : $"values 0–{shape.Values - 1}")}) | {r.Operations:N0} | {r.Keys:N0} | {r.Clients} | {r.Runs} | {r.BestSeconds:F3} | {r.MedianSeconds:F3} | {r.CpuSeconds:F3} | " +
                $"{r.Operations / r.BestSeconds:N0} | {r.AllocatedPerCheck / MiB:F1} | {r.PeakBytes / MiB:F0}{(r.PeakIsolated ? string.Empty : " (whole child)")} | " +
                $"{(r.Problems.Count > 0 ? "WRONG" : r.Outcome)} | {Stale(r)} | {Goal(shape, r)} |"));
        }

        output.WriteLine();
        output.WriteLine("Porcupine's published figures beside them (sources in bench/README.md; Porcupine publishes no absolute time for these shapes):");
        output.WriteLine();
        output.WriteLine("| history | Porcupine, published | here, best |");
        output.WriteLine("|---|---|--:|");
        foreach (var (shape, r) in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shape.Name} | {Anchor(shape)} | {r.BestSeconds:F3} s, {r.Outcome} |"));
        }

        foreach (var problem in results.SelectMany(r => r.Figures.Problems.Select(p => $"{r.Shape.Name} {p}")))
        {
            output.WriteLine($"WRONG VERDICT: {problem}");
        }
    }

    private static string Stale(Measurement r) => r.StaleSeconds is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{s:F3}{(r.StaleNamed ? string.Empty : " (NOT named)")}")
        : "–";

    private static string Goal(Shape shape, Measurement r)
    {
        var goals = new List<string>();
        if (shape.TargetSeconds is { } seconds)
        {
            goals.Add(r.Outcome == "passed"
                ? string.Create(CultureInfo.InvariantCulture, $"< {seconds} s: {Met(r.BestSeconds < seconds)}")
                : $"< {seconds} s: NOT MET ({r.Outcome}: the budget ran out)");
        }

        if (shape.TargetPeakMiB is { } mib)
        {
            goals.Add(string.Create(CultureInfo.InvariantCulture, $"RSS < {mib} MiB: {Met(r.PeakBytes / MiB < mib)}"));
        }

        return goals.Count == 0 ? "none (for information)" : string.Join("; ", goals);
    }

    private static string Anchor(Shape shape) => shape switch
    {
        { Keys: > 1 } => "\"millions of times faster\" than Knossos where it can split the history per key (P-compositionality)",
        { UniqueValues: true } => "1,000×–10,000× faster than Knossos on 100 Jepsen etcd single-register histories",
        _ => "the P-compositionality checker it implements: the same 100 etcd histories (values 0–4) \"in a few seconds\"; Knossos timed out on 2, ran out of memory on 4",
    };

    private static string Met(bool met) => met ? "met" : "NOT MET";
}
