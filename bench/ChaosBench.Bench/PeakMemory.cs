namespace ChaosBench.Bench;

/// <summary>
/// The process's peak resident set (VmHWM in /proc/self/status). Linux can reset it (writing 5 to
/// /proc/self/clear_refs), so a phase's peak can be read apart from what came before it.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Resets the peak to the current resident set; false when the kernel refuses.</summary>
    public static bool TryReset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident set since the process started or the last reset, in bytes.</summary>
    public static long Read()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
    }
}
