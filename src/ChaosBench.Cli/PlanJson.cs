using System.Text.Json;
using System.Text.Json.Nodes;
using ChaosBench.Model;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Cli;

/// <summary><c>plan --json</c>: each scenario's plan as one JSON object, redacted as the text is.</summary>
internal static class PlanJson
{
    /// <summary>Property names as the scenario files write them; enums as their names.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static JsonObject Of(ResolvedPlan plan)
    {
        var scenario = plan.Scenario;
        var json = new JsonObject
        {
            ["scenario"] = scenario.Name,
            ["seed"] = plan.Plan.Seed,
            ["duration"] = Durations.Format(plan.Plan.Duration),
            ["timeline"] = new JsonArray([.. plan.Plan.Faults.Select(f => new JsonObject { ["at"] = Durations.Format(f.At), ["step"] = ResolvedPlan.Step(f) })]),
            ["decisions"] = new JsonArray([.. plan.Plan.Decisions.Select(d => new JsonObject { ["step"] = d.Step, ["choice"] = d.Choice, ["of"] = new JsonArray([.. d.Options.Select(o => JsonValue.Create(o))]) })]),
            ["services"] = new JsonArray([.. scenario.Services.Select(s => new JsonObject { ["name"] = s.Name, ["image"] = s.Image, ["members"] = new JsonArray([.. s.Members.Select(m => JsonValue.Create(m))]) })]),
            ["workload"] = scenario.Workload is { } w
                ? new JsonObject
                {
                    ["kind"] = w.Kind.Name,
                    ["target"] = w.Target,
                    ["clients"] = w.Clients,
                    ["rate"] = w.Rate,
                    ["keys"] = w.Keys,
                    ["options"] = JsonSerializer.SerializeToNode(w.Options, w.Options.GetType(), Options),
                }
                : null,
            ["expectations"] = new JsonArray([.. scenario.Expectations.Select(e => new JsonObject { ["kind"] = e.Kind.Name, ["description"] = e.ToString() })]),
            ["images"] = new JsonArray([.. plan.Images.Select(i => new JsonObject { ["reference"] = i.Reference, ["source"] = i.Source })]),
            ["external"] = new JsonArray([.. plan.External.Select(e => new JsonObject { ["service"] = e.Service, ["url"] = e.Url })]),
        };

        // Scrubbed value by value, as the text is scrubbed line by line: a secret never reaches the JSON either.
        return (JsonObject)Redact(json, Redactor.For(scenario))!;
    }

    private static JsonNode? Redact(JsonNode? node, Redactor redactor) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Redact(p.Value, redactor)))),
        JsonArray a => new JsonArray([.. a.Select(n => Redact(n, redactor))]),
        JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(redactor.Redact(text)),
        _ => node?.DeepClone(),
    };
}
