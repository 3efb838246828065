using System.Diagnostics;
using ChaosBench.Bench;
using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.ElleBench;

/// <summary>Measures one size, in the child process the parent started for it.</summary>
internal static class SizeRun
{
    /// <summary>Small sizes repeat more, so that each size's best time rests on comparable total work.</summary>
    public static int RunsFor(int size) => Math.Clamp(1_000_000 / size, 3, 30);

    public static Measurement Measure(int size, long seed)
    {
        var problems = new List<string>();
        var clean = GeneratedHistory.Generate(size, seed, lossy: false);
        var ops = clean.History.Ops;
        // Drop the generator's garbage before the peak is reset, so the peak is the checking's own.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var historyBytes = GC.GetTotalMemory(forceFullCollection: true);
        var isolated = PeakMemory.TryReset();

        var runs = RunsFor(size);
        Expect("clean", TransactionChecker.Check(ops, Isolation.Serializable), problems);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var times = Time(ops, Isolation.Serializable, runs);
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds / runs;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / runs;
        Expect("clean", TransactionChecker.Check(ops, Isolation.StrictSerializable), problems);
        var strict = Time(ops, Isolation.StrictSerializable, runs);
        var peak = PeakMemory.Read();

        var lossy = GeneratedHistory.Generate(size, seed, lossy: true);
        var found = Lossy(lossy, problems);
        return new Measurement(size, ops.Count, clean.Lists, runs, times[0], times[runs / 2], cpu, strict[0], allocated, historyBytes, peak, isolated, lossy.DroppedShouldShow, found, problems);
    }

    private static double[] Time(IReadOnlyList<Op> ops, Isolation level, int runs)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            TransactionChecker.Check(ops, level);
            times[i] = clock.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times;
    }

    /// <summary>A correct database's history passes, with nothing found at all, not even allowed anomalies.</summary>
    private static void Expect(string variant, TransactionCheckResult result, List<string> problems)
    {
        if (result.Status != VerdictStatus.Passed || result.Counts.Count + result.AllowedCounts.Count > 0)
        {
            problems.Add($"{variant} {IsolationNames.Name(result.Level)}: {result.Status}, expected passed with nothing found ({result.Summary})");
        }
    }

    /// <summary>
    /// The lossy history fails strict serializability with exactly the planted losses. Beside them only cycles may
    /// appear: an append no read shows is placed after every element shown (Elle's inference), which the dropping
    /// transaction's other, observed effects may contradict; no read of it can be aborted, intermediate or corrupt.
    /// </summary>
    private static int Lossy(GeneratedHistory lossy, List<string> problems)
    {
        var result = TransactionChecker.Check(lossy.History.Ops, Isolation.StrictSerializable);
        var found = result.Counts.GetValueOrDefault(AnomalyKinds.Lost);
        if (result.Status != VerdictStatus.Failed || found != lossy.DroppedShouldShow || lossy.DroppedShouldShow == 0)
        {
            problems.Add($"lossy strict-serializable: {result.Status} with {found} lost, expected failed with {lossy.DroppedShouldShow} ({result.Summary})");
        }

        string[] direct = [AnomalyKinds.G1a, AnomalyKinds.G1b, AnomalyKinds.Internal, AnomalyKinds.DuplicateElements, AnomalyKinds.IncompatibleOrder, AnomalyKinds.GarbageRead];
        foreach (var other in result.Counts.Keys.Intersect(direct))
        {
            problems.Add($"lossy strict-serializable: {result.Counts[other]} {other}, which dropping appends cannot cause");
        }

        return found;
    }
}
