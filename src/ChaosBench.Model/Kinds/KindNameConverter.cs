using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChaosBench.Model.Kinds;

/// <summary>A kind in JSON is its name: a record holding one (a fault, an expectation) serializes as the scenario reads.</summary>
public sealed class KindNameConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeof(IKind).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Name<>).MakeGenericType(typeToConvert))!;

    private sealed class Name<T> : JsonConverter<T>
        where T : IKind
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("a kind is read by its name from a vocabulary, not from JSON alone");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }
}
