using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Reports.Json;

/// <summary>
/// A fault of the plan as <c>{ index, at, kind, for, whenLog, options }</c>: the options are its kind's own class,
/// so reading one back needs the kinds the run had.
/// </summary>
internal sealed class FaultConverter(Vocabulary kinds) : JsonConverter<Fault>
{
    public override Fault Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader)?.AsObject() ?? throw new JsonException("a fault is an object");
        var name = (string?)node["kind"] ?? throw new JsonException("a fault needs its kind");
        var kind = kinds.Faults.Find(name) ?? throw new JsonException($"no fault kind '{name}' is known here: load the extension the run had");
        return new Fault(
            (int?)node["index"] ?? 0,
            node["at"].Deserialize<TimeSpan>(options),
            kind,
            node["options"].Deserialize(kind.OptionsType, options) ?? OptionsShape.Of(kind.OptionsType).Create())
        {
            For = node["for"].Deserialize<TimeSpan?>(options),
            WhenLog = (string?)node["whenLog"],
        };
    }

    public override void Write(Utf8JsonWriter writer, Fault value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", value.Index);
        writer.WritePropertyName("at");
        JsonSerializer.Serialize(writer, value.At, options);
        writer.WriteString("kind", value.Kind.Name);
        writer.WritePropertyName("for");
        JsonSerializer.Serialize(writer, value.For, options);
        writer.WriteString("whenLog", value.WhenLog);
        writer.WritePropertyName("options");
        JsonSerializer.Serialize(writer, value.Options, value.Options.GetType(), options);
        writer.WriteEndObject();
    }
}
