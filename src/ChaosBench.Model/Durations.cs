using System.Globalization;
using System.Text.RegularExpressions;

namespace ChaosBench.Model;

/// <summary>Durations as scenarios write them: <c>500ms</c>, <c>5s</c>, <c>1.5s</c>, <c>2m</c>, <c>1h</c>, or combined <c>1m30s</c>.</summary>
public static partial class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success || match.Length == 0)
        {
            return false;
        }

        var parts = match.Groups["part"].Captures.Select(p => UnitPattern().Match(p.Value)).Select(u => (Amount: double.Parse(u.Groups[1].Value, CultureInfo.InvariantCulture), Unit: u.Groups[2].Value)).ToList();

        // Beyond what a TimeSpan holds (about 29,000 years) it is a typo, not a duration.
        if (!(parts.Sum(p => p.Amount * p.Unit switch { "ms" => 0.001, "s" => 1, "m" => 60, _ => 3600 }) < TimeSpan.MaxValue.TotalSeconds / 2))
        {
            return false;
        }

        foreach (var (amount, unit) in parts)
        {
            duration += unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }

        return true;
    }

    /// <summary>The shortest exact form: <c>5s</c>, <c>1.5s</c>, <c>250ms</c>, <c>2m</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerMillisecond != 0 || duration < TimeSpan.FromSeconds(1) && duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            return $"{duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms";
        }

        if (duration.Ticks % TimeSpan.TicksPerMinute == 0 && duration >= TimeSpan.FromMinutes(1))
        {
            return $"{duration.TotalMinutes.ToString(CultureInfo.InvariantCulture)}m";
        }

        return $"{duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
    }

    [GeneratedRegex(@"^(?<part>\d+(?:\.\d+)?(?:ms|s|m|h))+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h)$")]
    private static partial Regex UnitPattern();
}
