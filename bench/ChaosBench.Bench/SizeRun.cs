using System.Diagnostics;
using ChaosBench.Checkers;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Bench;

/// <summary>Measures one size, in the child process the parent started for it.</summary>
internal static class SizeRun
{
    private static readonly Expectation NoLostWrites = new(new NoLostWritesChecker(), new NoLostWritesOptions());

    /// <summary>Small sizes repeat more, so that each size's best time rests on comparable total work.</summary>
    public static int RunsFor(int size) => Math.Clamp(3_000_000 / size, 5, 100);

    public static Measurement Measure(int size, long seed)
    {
        var (timed, problems) = TimeClean(size, seed);
        var lossy = HistoryGenerator.Generate(size, seed, lossy: true);
        var verdict = Check(lossy.History);
        problems.AddRange(VerdictCheck.Differences("lossy", verdict, lossy.Expected));
        return timed with { LostPlanted = lossy.Expected.Lost, LostFound = verdict.Evidence["lost"] as int? ?? -1, Problems = problems };
    }

    private static (Measurement Timed, List<string> Problems) TimeClean(int size, long seed)
    {
        var clean = HistoryGenerator.Generate(size, seed, lossy: false);
        // Drop the generator's garbage before the peak is reset, so the peak is the checking's own.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var historyBytes = GC.GetTotalMemory(forceFullCollection: true);
        var isolated = PeakMemory.TryReset();

        // The first check is the warm-up, and its verdict must be the expected one.
        var problems = VerdictCheck.Differences("clean", Check(clean.History), clean.Expected).ToList();
        var times = new double[RunsFor(size)];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            Check(clean.History);
            times[i] = clock.Elapsed.TotalSeconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / times.Length;
        var peak = PeakMemory.Read();
        Array.Sort(times);
        var timed = new Measurement(size, clean.History.Count, clean.Expected.Keys, times.Length, times[0], times[times.Length / 2], allocated,
            historyBytes, peak, isolated, 0, 0, []);
        return (timed, problems);
    }

    private static Verdict Check(History history) => new NoLostWritesChecker().Check(NoLostWrites, new CheckInput(history, []));
}
