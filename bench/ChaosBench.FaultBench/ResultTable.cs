using System.Globalization;
using System.Runtime.InteropServices;
using ChaosBench.Engine;

namespace ChaosBench.FaultBench;

/// <summary>The three paths as a Markdown table, then the direct/engine ratio of their p99s against the goal, and Docker.DotNet against the old client.</summary>
internal static class ResultTable
{
    /// <summary>Issue 8: request-to-dead p99 at most 5 ms, and at most 0.05× the engine path's.</summary>
    public const double TargetRatio = 0.05;

    public static readonly TimeSpan TargetP99 = TimeSpan.FromMilliseconds(5);

    public static void Print(TextWriter output, BenchOptions options, IReadOnlyList<Trial> trials, (double Start, double End) load, EngineVersion version)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SIGKILL to every process of a container ({options.Processes + 1} processes: the engine's init, sh and its sleeps), {options.Trials} kills per path after one uncounted warm-up kill each, interleaved; " +
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, " +
            $"kernel {version.KernelVersion}, engine {version.Version} (API {version.ApiVersion}), load average {load.Start:0.0} at the start, {load.End:0.0} at the end"));
        output.WriteLine();
        output.WriteLine("| path | dead when | kills | min ms | median ms | p90 ms | p99 ms | max ms | engine reported dead: median / p99 ms |");
        output.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|--:|");
        var engine = Row(output, trials, Testbed.Engine, "the engine reports it not running");
        var direct = Row(output, trials, Testbed.Direct, "the process table shows every process gone or a zombie");
        var old = Row(output, trials, Testbed.Old, "the engine reports it not running");
        output.WriteLine();

        var ratio = direct / engine;
        var met = ratio <= TargetRatio && direct <= TargetP99.TotalMilliseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"direct p99 / engine p99: {ratio:0.000}× ({direct:0.00} ms / {engine:0.00} ms). " +
            $"Goal p99 ≤ {TargetP99.TotalMilliseconds:0} ms and ≤ {TargetRatio}× the engine path: {(met ? "met" : "NOT MET")}."));
        var (engineMedian, oldMedian) = (Median(trials, Testbed.Engine), Median(trials, Testbed.Old));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"engine path, Docker.DotNet / old hand-written client: median {engineMedian / oldMedian:0.00}× ({engineMedian:0.00} ms / {oldMedian:0.00} ms), p99 {engine / old:0.00}× ({engine:0.00} ms / {old:0.00} ms). " +
            $"Goal: no slower (≤ 1×, within this run's noise): {(engineMedian <= oldMedian * 1.05 ? "met" : "NOT MET")} on the median."));
        output.WriteLine("p99 is the nearest rank: with fewer than 100 kills per path it is the slowest one.");
    }

    /// <summary>One path's row; returns its p99 in milliseconds.</summary>
    private static double Row(TextWriter output, IReadOnlyList<Trial> trials, string path, string deadWhen)
    {
        var mine = trials.Where(t => t.Path == path).ToList();
        var dead = mine.Select(t => t.Dead.TotalMilliseconds).Order().ToList();
        var engine = mine.Select(t => t.EngineDead.TotalMilliseconds).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {path} | {deadWhen} | {mine.Count} | {dead[0]:0.00} | {Rank(dead, 0.5):0.00} | {Rank(dead, 0.9):0.00} | {Rank(dead, 0.99):0.00} | {dead[^1]:0.00} | {Rank(engine, 0.5):0.0} / {Rank(engine, 0.99):0.0} |"));
        return Rank(dead, 0.99);
    }

    private static double Median(IReadOnlyList<Trial> trials, string path) =>
        Rank(trials.Where(t => t.Path == path).Select(t => t.Dead.TotalMilliseconds).Order().ToList(), 0.5);

    /// <summary>Nearest rank of a sorted list.</summary>
    private static double Rank(List<double> sorted, double quantile) => sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
