using System.Text.Json;
using System.Text.Json.Serialization;
using ChaosBench.Model.Planning;

namespace ChaosBench.Reports.Json;

/// <summary>Leaves a record's plan unread, for readers that want its outcome and not its faults (merge, durations).</summary>
internal sealed class UnreadPlan : JsonConverter<Plan>
{
    public override Plan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, Plan value, JsonSerializerOptions options) =>
        throw new NotSupportedException("a plan is written with its faults");
}
