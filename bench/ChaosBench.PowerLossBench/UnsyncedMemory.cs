using System.Diagnostics;
using System.Globalization;
using ChaosBench.PowerLoss;

namespace ChaosBench.PowerLossBench;

/// <summary>
/// Issue 19's memory goal: 1 GiB written unsynced through a layer with the default unsynced limit (256 MiB) keeps
/// this process's peak RSS under 400 MiB. The writer is dd in a process of its own, as a product is; the bench
/// process holds the layer, as the harness does.
/// </summary>
internal static class UnsyncedMemory
{
    public const double TargetMiB = 400;

    public static UnsyncedMemoryResult Measure(PowerLossMount mount)
    {
        var before = Status("VmRSS");
        File.WriteAllText("/proc/self/clear_refs", "5"); // Resets VmHWM to the current RSS, so the peak is this phase's.
        using (var dd = Process.Start(new ProcessStartInfo("dd", ["if=/dev/zero", $"of={Path.Combine(mount.MountPoint, "unsynced")}", "bs=1M", "count=1024", "status=none"]) { RedirectStandardError = true })!)
        {
            var error = dd.StandardError.ReadToEnd();
            dd.WaitForExit();
            if (dd.ExitCode != 0)
            {
                throw new BenchFailedException($"dd through the layer failed: {error.Trim()}");
            }
        }

        var result = new UnsyncedMemoryResult(before, Status("VmHWM"), mount.HeldBytes / 1048576.0, mount.UnsyncedBytes / 1048576.0, new FileInfo(Path.Combine(mount.BackingDirectory, "unsynced")).Length / 1048576.0, mount.Errors);
        mount.Crash();
        File.Delete(Path.Combine(mount.MountPoint, "unsynced"));
        return result;
    }

    /// <summary>A field of /proc/self/status in MiB (the kernel gives kB).</summary>
    private static double Status(string field) =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(':', StringSplitOptions.TrimEntries)[1].Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .First();
}

/// <summary>RSS before and peak RSS during the write, the layer's memory and unsynced bytes after it, what reached the backing file, and the layer's errors (MiB).</summary>
internal sealed record UnsyncedMemoryResult(double RssBefore, double PeakRss, double HeldAfter, double UnsyncedAfter, double WrittenBack, IReadOnlyList<LayerError> Errors);
