using System.Diagnostics;
using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.DiskFaults;
using Microsoft.Win32.SafeHandles;

namespace ChaosBench.PowerLossBench;

/// <summary>
/// What the disk-fault hook costs while no fault is injected: the hook alone, timed over many calls, against one
/// 4 KiB write's round trip through a mounted layer (a FUSE request, the overlay, the reply), which every
/// read, write, fsync and open pays anyway.
/// </summary>
internal static class IdleHook
{
    private const int HookCalls = 20_000_000;
    private const int Writes = 20_000;

    public static IdleHookResult Measure(PowerLossMount mount)
    {
        var rules = new FaultRules(TimeProvider.System);
        var idle = NanosecondsPerCall(rules);
        rules.Add(new IoError { Path = "/elsewhere" }, new Random(1));
        var armedElsewhere = NanosecondsPerCall(rules);

        var path = Path.Combine(mount.MountPoint, "idle-hook");
        using (var file = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite))
        {
            WriteAll(file, 1000);
            var clock = Stopwatch.StartNew();
            WriteAll(file, Writes);
            var roundTrip = clock.Elapsed.TotalNanoseconds / Writes;
            File.Delete(path);
            return new IdleHookResult(idle, armedElsewhere, roundTrip);
        }
    }

    private static double NanosecondsPerCall(FaultRules rules)
    {
        long bytes = 4096;
        var failed = 0;
        for (var i = 0; i < HookCalls / 10; i++)
        {
            failed |= rules.Before(IoCalls.Write, "/member/wal/0.wal", ref bytes);
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < HookCalls; i++)
        {
            failed |= rules.Before(IoCalls.Write, "/member/wal/0.wal", ref bytes);
        }

        var elapsed = clock.Elapsed;
        return failed != 0 ? throw new BenchFailedException("the idle hook failed a call") : elapsed.TotalNanoseconds / HookCalls;
    }

    /// <summary>4 KiB pwrites cycling over 256 pages, so the overlay holds 1 MiB and no page is new after the first round.</summary>
    private static void WriteAll(SafeFileHandle file, int count)
    {
        var block = new byte[4096];
        for (var i = 0; i < count; i++)
        {
            RandomAccess.Write(file, block, (i % 256) * 4096L);
        }
    }
}

/// <summary>Nanoseconds per hook call with no fault and with one fault covering another path, and per 4 KiB write through the layer.</summary>
internal sealed record IdleHookResult(double IdleNanoseconds, double ArmedElsewhereNanoseconds, double RoundTripNanoseconds);
