using System.Globalization;

namespace ChaosBench.FaultBench;

/// <summary>The 1-minute load average: on a shared machine it says how much the figures can be trusted.</summary>
internal static class LoadAverage
{
    public static double Now() =>
        double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
}
