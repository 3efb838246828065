using System.Globalization;

namespace ChaosBench.Checkers.Log;

/// <summary>The time a captured log line starts with: the engine's ISO-8601 round-trip stamp, then a space.</summary>
internal static class LogStamp
{
    public static bool TryRead(string line, out DateTimeOffset stamp)
    {
        var end = line.IndexOf(' ', StringComparison.Ordinal);
        stamp = default;
        return end > 0 && DateTimeOffset.TryParseExact(line.AsSpan(0, end), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out stamp);
    }
}
