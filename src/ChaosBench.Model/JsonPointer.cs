using System.Globalization;
using System.Text.Json.Nodes;

namespace ChaosBench.Model;

/// <summary>RFC 6901 pointers into a JSON answer (<c>/kvs/0/value</c>), as the http-kv workload and request steps use them.</summary>
public static class JsonPointer
{
    /// <summary>Follows <paramref name="pointer"/>; null when a step is missing. A string is the value itself, anything else its JSON.</summary>
    public static string? Find(JsonNode? node, string pointer)
    {
        foreach (var step in pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            node = node switch
            {
                JsonObject o => o[step],
                JsonArray a when int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
    }
}
