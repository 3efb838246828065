using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChaosBench.Reports.Json;

/// <summary>
/// Evidence values are typed <c>object</c>. Written by their runtime type; read back as plain values (string, long,
/// double, bool, lists, dictionaries) rather than <see cref="JsonElement"/>s, so reports of a replayed record
/// render them like the originals.
/// </summary>
internal sealed class EvidenceValueConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole : reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.StartArray => JsonSerializer.Deserialize<List<object?>>(ref reader, options),
        JsonTokenType.StartObject => JsonSerializer.Deserialize<Dictionary<string, object?>>(ref reader, options),
        _ => throw new JsonException($"Unexpected {reader.TokenType} in an evidence value."),
    };

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
