using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports.Json;

/// <summary>
/// The <c>run.json</c> format: camelCase, indented, enums as lowercase strings (<c>"outcome": "passed"</c>),
/// durations as seconds with millisecond precision, times as ISO 8601.
/// </summary>
public static class RunRecordJson
{
    internal static JsonSerializerOptions Options { get; } = For(new FaultConverter(Vocabulary.Empty));

    private static JsonSerializerOptions For(JsonConverter plan) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The file is read by people and tools, never embedded in HTML: keep '+5s' and '<' readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputed } },
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
            new SecondsConverter(),
            new EvidenceValueConverter(),
            plan,
        },
    };

    /// <summary>Writes <paramref name="run"/> as <c>run.json</c> content.</summary>
    public static void Write(RunRecord run, Stream output) => JsonSerializer.Serialize(output, run, Options);

    /// <summary>Reads a run record written by <see cref="Write"/>, its plan's faults as <paramref name="kinds"/> know them.</summary>
    /// <param name="kinds">The kinds the run had; null: the plan is left unread (for its outcome, verdicts and durations).</param>
    /// <exception cref="InvalidDataException">The file is not a run record; the message names the file, line and field.</exception>
    public static RunRecord Read(string path, Vocabulary? kinds = null) =>
        Read<RunRecord>(path, "run record", For(kinds is null ? new UnreadPlan() : new FaultConverter(kinds)));

    /// <summary>Reads a <typeparamref name="T"/> written with <see cref="Options"/>; <paramref name="what"/> names it in errors.</summary>
    internal static T Read<T>(string path, string what, JsonSerializerOptions? options = null)
    {
        using var input = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<T>(input, options ?? Options)
                ?? throw new InvalidDataException($"{path}: holds null, not a {what}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}{(e.LineNumber is { } line ? $":{line + 1}" : string.Empty)}: not a {what} at '{e.Path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Computed properties (<c>PlannedFault.At</c> repeats <c>Fault.At</c>) are not data: written, they would
    /// only be a second copy that <see cref="Read"/> ignores and a reader might trust.
    /// </summary>
    private static void SkipComputed(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.Set is null && p.AssociatedParameter is null))
        {
            property.ShouldSerialize = static (_, _) => false;
        }
    }
}
