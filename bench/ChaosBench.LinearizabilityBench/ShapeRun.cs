using System.Diagnostics;
using ChaosBench.Bench;
using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model.History;

namespace ChaosBench.LinearizabilityBench;

/// <summary>Measures one shape, in the child process the parent started for it.</summary>
internal static class ShapeRun
{
    private const double TimedSeconds = 10;
    private const int MaxRuns = 10;

    public static Measurement Measure(Shape shape, long seed, TimeSpan budget)
    {
        var clean = RegisterWorkload.Generate(shape, seed, stale: false);
        var stale = shape.UniqueValues ? RegisterWorkload.Generate(shape, seed, stale: true) : null;

        // Drop the generator's garbage before the peak is reset, so the peak is the checking's own.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var historyBytes = GC.GetTotalMemory(forceFullCollection: true);
        var isolated = PeakMemory.TryReset();
        var options = new LinearizabilityOptions { Budget = budget };
        var problems = new List<string>();

        // The warm-up's verdict must be passed; unknown is reported, not retried: its time is the budget.
        var (warmUp, first) = Timed(() => LinearizabilityChecker.Check(clean.History, options, CancellationToken.None));
        if (first.Outcome == LinearizabilityOutcome.Failed)
        {
            problems.Add($"clean: failed on key {first.Violation?.Key}, expected passed");
        }

        var runs = first.Outcome == LinearizabilityOutcome.Passed ? Math.Clamp((int)(TimedSeconds / Math.Max(warmUp, 1e-3)), 1, MaxRuns) : 0;
        var times = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            times.Add(Timed(() => LinearizabilityChecker.Check(clean.History, options, CancellationToken.None)).Seconds);
        }

        var cpu = runs == 0 ? 0 : (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / runs;

        var allocated = runs == 0 ? 0 : (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;
        var (staleSeconds, named) = stale is null ? ((double?)null, false) : CheckStale(stale, options, problems);
        var peak = PeakMemory.Read();
        times.Sort();
        var (best, median) = times.Count == 0 ? (warmUp, warmUp) : (times[0], times[times.Count / 2]);
        var keys = clean.History.Select(o => o.Key).Distinct().Count();
        return new(shape.Name, clean.History.Count(o => o.Type == OpType.Invoke), keys, shape.Clients, runs, best, median, cpu, first.Outcome.ToString().ToLowerInvariant(),
            allocated, historyBytes, peak, isolated, staleSeconds, named, problems);
    }

    private static (double Seconds, bool Named) CheckStale(Generated stale, LinearizabilityOptions options, List<string> problems)
    {
        var (seconds, result) = Timed(() => LinearizabilityChecker.Check(stale.History, options, CancellationToken.None));
        var named = result.Outcome == LinearizabilityOutcome.Failed && result.Violation?.Key == stale.PlantedKey && result.Violation?.Impossible?.Index == stale.PlantedRead;
        if (!named && result.Outcome != LinearizabilityOutcome.Unknown)
        {
            problems.Add($"stale: {result.Outcome.ToString().ToLowerInvariant()}, impossible op {result.Violation?.Impossible?.Index} on {result.Violation?.Key}; expected failed at read {stale.PlantedRead} on {stale.PlantedKey}");
        }

        return (seconds, named);
    }

    private static (double Seconds, T Result) Timed<T>(Func<T> check)
    {
        var clock = Stopwatch.StartNew();
        var result = check();
        return (clock.Elapsed.TotalSeconds, result);
    }
}
