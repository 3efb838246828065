using System.Globalization;

namespace ChaosBench.Engine.Docker;

/// <summary>The engine's query values the library takes as plain strings or maps: filters and times.</summary>
internal static class DockerJson
{
    /// <summary>A label filter: <c>{"label":{"k=v":true}}</c>.</summary>
    public static IDictionary<string, IDictionary<string, bool>> LabelFilter(string label) =>
        new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [label] = true } };

    /// <summary>The engine's event filters for <paramref name="filter"/>.</summary>
    public static IDictionary<string, IDictionary<string, bool>> EventFilters(EventFilter filter)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>();
        foreach (var (key, value) in new[] { ("label", filter.Label), ("network", filter.Network), ("container", filter.Container) })
        {
            if (value is not null)
            {
                filters[key] = new Dictionary<string, bool> { [value] = true };
            }
        }

        return filters;
    }

    /// <summary>Seconds since the epoch with nanosecond digits, as the events and logs APIs take them.</summary>
    public static string UnixSeconds(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return string.Create(CultureInfo.InvariantCulture, $"{ticks / TimeSpan.TicksPerSecond}.{ticks % TimeSpan.TicksPerSecond * 100:000000000}");
    }

    /// <summary>The engine writes "0001-01-01T00:00:00Z" for never.</summary>
    public static DateTimeOffset? Time(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) && t.Year > 1 ? t : null;
}
