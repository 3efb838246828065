using System.Globalization;

namespace ChaosBench.HarnessBench;

/// <summary>Small helpers the suites share.</summary>
internal static class Extensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }

    public static double Median(this IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string F(this double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Goal(bool met) => met ? "met" : "NOT MET";
}
