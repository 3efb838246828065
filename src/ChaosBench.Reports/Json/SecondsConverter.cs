using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChaosBench.Reports.Json;

/// <summary>
/// A duration as a number of seconds with millisecond precision (<c>5.012</c>): what people and plotting tools
/// read most easily. Finer ticks are dropped, so a duration survives a round trip to the millisecond.
/// </summary>
internal sealed class SecondsConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeSpan.FromMilliseconds((long)Math.Round(reader.GetDecimal() * 1000m, MidpointRounding.AwayFromZero));

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
    {
        var milliseconds = Math.Round((decimal)value.Ticks / TimeSpan.TicksPerMillisecond, MidpointRounding.AwayFromZero);
        // Decimal division keeps the shortest exact form: 5, 0.012, 14.2.
        writer.WriteNumberValue(milliseconds / 1000m);
    }
}
