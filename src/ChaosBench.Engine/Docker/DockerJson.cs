using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>Reading the engine's JSON without a class per answer.</summary>
internal static class DockerJson
{
    public static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Str(this JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    public static long Long(this JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<long>(out var l) ? l : 0;

    public static bool Bool(this JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public static IReadOnlyDictionary<string, string> Map(this JsonNode? node, string key) =>
        node?[key] is JsonObject o
            ? o.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>();

    public static IReadOnlyList<string> Strings(this JsonNode? node, string key) =>
        node?[key] is JsonArray a ? a.Select(x => x?.ToString() ?? string.Empty).ToList() : [];

    /// <summary>The engine writes "0001-01-01T00:00:00Z" for never.</summary>
    public static DateTimeOffset? Time(this JsonNode? node, string key)
    {
        var text = node.Str(key);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) && t.Year > 1
            ? t
            : null;
    }

    /// <summary>The engine's event filters for <paramref name="filter"/>, URL-escaped.</summary>
    public static string EventFilters(EventFilter filter)
    {
        var filters = new Dictionary<string, string[]>();
        if (filter.Label is { } label)
        {
            filters["label"] = [label];
        }

        if (filter.Network is { } network)
        {
            filters["network"] = [network];
        }

        if (filter.Container is { } container)
        {
            filters["container"] = [container];
        }

        return Uri.EscapeDataString(JsonSerializer.Serialize(filters));
    }

    /// <summary>Seconds since the epoch with nanosecond digits, as the events API takes them.</summary>
    public static string UnixSeconds(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return $"{ticks / TimeSpan.TicksPerSecond}.{ticks % TimeSpan.TicksPerSecond * 100:000000000}";
    }

    /// <summary>A label filter in the engine's query syntax: <c>{"label":["k=v"]}</c>.</summary>
    public static string LabelFilter(string label) =>
        Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string[]> { ["label"] = [label] }));
}
