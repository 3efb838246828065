using System.Text.Json;
using System.Text.Json.Serialization;
using ChaosBench.Model.History;

namespace ChaosBench.Reports.Jsonl;

/// <summary>
/// A micro-operation as Elle writes one, a three-element array: <c>["append","x","1"]</c>, <c>["r","x",["1","2"]]</c>,
/// <c>["r","x",null]</c> (a read not completed).
/// </summary>
internal sealed class MicroOpConverter : JsonConverter<MicroOp>
{
    public override MicroOp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray, "a micro-op is an array [f, key, value]");
        var f = NextString(ref reader, "its function");
        var key = NextString(ref reader, "its key");
        Expect(reader.Read(), "a micro-op needs a value");
        MicroOp mop;
        if (f == TxnFunctions.Append)
        {
            Expect(reader.TokenType == JsonTokenType.String, "an append's value is the element, a string");
            mop = MicroOp.AppendOf(key, reader.GetString()!);
        }
        else if (f == TxnFunctions.Read)
        {
            mop = MicroOp.ReadOf(key, reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize<string[]>(ref reader, options));
        }
        else
        {
            throw new JsonException($"micro-op '{f}' is neither '{TxnFunctions.Append}' nor '{TxnFunctions.Read}'");
        }

        Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray, "a micro-op has three elements");
        return mop;
    }

    public override void Write(Utf8JsonWriter writer, MicroOp value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.F);
        writer.WriteStringValue(value.Key);
        if (value.F == TxnFunctions.Append)
        {
            writer.WriteStringValue(value.Value);
        }
        else if (value.Read is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartArray();
            foreach (var element in value.Read)
            {
                writer.WriteStringValue(element);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static string NextString(ref Utf8JsonReader reader, string what)
    {
        Expect(reader.Read() && reader.TokenType == JsonTokenType.String, $"a micro-op's {what} is a string");
        return reader.GetString()!;
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new JsonException(message);
        }
    }
}
