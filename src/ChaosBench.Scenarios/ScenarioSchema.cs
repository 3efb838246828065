using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChaosBench.Model.Kinds;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios;

/// <summary>
/// The JSON Schema (draft 2020-12) of scenario files, for editors and other tools. It is built from the keys the
/// loader reads and the kinds' own options, so it cannot drift from them; <c>docs/scenario.schema.json</c> is its
/// output for the built-in kinds.
/// </summary>
public static partial class ScenarioSchema
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The schema of scenarios naming <paramref name="kinds"/>, as indented JSON ending with a newline.</summary>
    public static string Generate(Vocabulary kinds) => new JsonObject
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["title"] = "ChaosBench scenario",
        ["description"] = "A fault-injection scenario: services, a workload, a fault timeline and expectations. See docs/scenario-format.md.",
        ["type"] = "object",
        ["required"] = Strings(["name", "duration"]),
        ["anyOf"] = new JsonArray(new JsonObject { ["required"] = Strings(["services"]) }, new JsonObject { ["required"] = Strings(["compose"]) }),
        ["properties"] = Properties(ScenarioReader.Fields.Keys, key => key switch
        {
            "name" => new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9][a-z0-9-]*$" },
            "description" => Type("string"),
            "seed" => Type("integer"),
            "duration" => Ref("duration"),
            "services" => new JsonObject { ["type"] = "object", ["minProperties"] = 1, ["additionalProperties"] = Ref("service") },
            "compose" => new JsonObject { ["type"] = "string", ["description"] = "a Compose file whose services join these, relative to the scenario file; ${VAR} and ${VAR:-default} come from the environment" },
            "durability" => new JsonObject
            {
                ["type"] = "object",
                ["description"] = "mounts of the Compose file's services put on the power-loss layer, by service and mount path, e.g. etcd: { /etcd: power-loss }",
                ["additionalProperties"] = new JsonObject { ["type"] = "object", ["minProperties"] = 1, ["additionalProperties"] = new JsonObject { ["const"] = "power-loss" } },
            },
            "networks" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "networks services may join by name, each created for the run" },
            "secrets" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "names of env variables and saved values whose values are secret: shown as *** in every artifact" },
            "groups" => new JsonObject
            {
                ["type"] = "object",
                ["description"] = "several services addressed as one by workloads, faults and expectations, e.g. etcd: [etcd-1, etcd-2, etcd-3]",
                ["additionalProperties"] = Ref("texts"),
            },
            "images" => new JsonObject
            {
                ["type"] = "object",
                ["description"] = "where images come from when the engine lacks them, by image reference (a service's image or a version-hop's to)",
                ["additionalProperties"] = Ref("image-source"),
            },
            "workload" => Ref("workload"),
            "faults" => ListOf(Ref("fault")),
            "expect" => ListOf(Ref("expectation")),
            "matrix" => new JsonObject
            {
                ["type"] = "object",
                ["description"] = "one run per combination of values, each variable written ${matrix.NAME} in values, e.g. redis: [\"6.0\", \"7.0\"]; the lists under zip run side by side instead of crossed",
                ["minProperties"] = 1,
                ["properties"] = new JsonObject { ["zip"] = new JsonObject { ["type"] = "object", ["minProperties"] = 1, ["additionalProperties"] = Ref("matrix-values") } },
                ["additionalProperties"] = Ref("matrix-values"),
            },
            _ => throw Unmapped(key),
        }),
        ["additionalProperties"] = false,
        ["$defs"] = Definitions(kinds),
    }.ToJsonString(Indented) + "\n";

    private static JsonObject Properties(IEnumerable<string> keys, Func<string, JsonNode> schemaOf) =>
        new(keys.Select(k => KeyValuePair.Create(k, (JsonNode?)schemaOf(k))));

    private static JsonObject Object(IEnumerable<string> keys, Func<string, JsonNode> schemaOf, params string[] required)
    {
        var schema = new JsonObject { ["type"] = "object" };
        if (required.Length > 0)
        {
            schema["required"] = Strings(required);
        }

        schema["properties"] = Properties(keys, schemaOf);
        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/$defs/{definition}" };

    private static JsonObject ListOf(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["enum"] = Strings(values) };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>A key the loader reads and the schema does not describe: the generator must learn it.</summary>
    private static InvalidOperationException Unmapped(string key) => new($"the schema does not describe the key '{key}'");
}
