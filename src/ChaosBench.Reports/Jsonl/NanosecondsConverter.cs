using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChaosBench.Reports.Jsonl;

/// <summary>
/// Op times as integer nanoseconds, Jepsen's unit: exact for every <see cref="TimeSpan"/> (a tick is 100 ns), and
/// sortable without floating-point surprises.
/// </summary>
internal sealed class NanosecondsConverter : JsonConverter<TimeSpan>
{
    private const long NanosecondsPerTick = 100;

    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeSpan.FromTicks(reader.GetInt64() / NanosecondsPerTick);

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Ticks * NanosecondsPerTick);
}
