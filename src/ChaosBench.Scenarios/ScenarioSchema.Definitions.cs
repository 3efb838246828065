using System.Text.Json.Nodes;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios;

/// <summary>The schema's shared definitions: values, a service, and the workload, faults and expectations, each kind's from its options.</summary>
public static partial class ScenarioSchema
{
    private static JsonObject Definitions(Vocabulary kinds)
    {
        var definitions = new JsonObject
        {
            ["duration"] = new JsonObject { ["type"] = "string", ["pattern"] = @"^(\d+(\.\d+)?(ms|s|m|h))+$", ["description"] = "e.g. 500ms, 5s, 1.5s, 2m, 1m30s" },
            ["rate"] = new JsonObject
            {
                ["description"] = "operations per second over all clients: 200/s, 12000/m, or a number per second",
                ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0 }, new JsonObject { ["type"] = "string", ["pattern"] = @"^\d+(\.\d+)?(/s|/m)?$" }),
            },
            ["texts"] = ListOf(Type("string")),
            ["matrix-values"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["uniqueItems"] = true, ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } },
            ["service"] = Service(kinds),
            ["image-source"] = ImageSource(),
            ["external"] = Object(ServiceReader.ExternalFields.Keys, key => key switch
            {
                "url" => new JsonObject { ["type"] = "string", ["description"] = "the deployment's base URL, http:// or https://; ${VAR} and ${VAR:-default} come from the environment when run" },
                _ => throw Unmapped(key),
            }, "url"),
            ["volume"] = Volume(),
            ["bind"] = Object(ServiceReader.BindFields.Keys, key => key switch
            {
                "source" => new JsonObject { ["type"] = "string", ["pattern"] = "^/", ["description"] = "an absolute path on the engine's host" },
                "target" => new JsonObject { ["type"] = "string", ["pattern"] = "^/", ["description"] = "the absolute mount path in the container" },
                "read-only" => Type("boolean"),
                _ => throw Unmapped(key),
            }, "source", "target"),
            ["ready"] = Ready(),
            ["workload"] = Workload(kinds),
            ["fault"] = Fault(kinds),
            ["expectation"] = Expectation(kinds),
        };
        foreach (var kind in kinds.Faults)
        {
            definitions[$"fault-{kind.Name}"] = FaultBody(kind);
        }

        return definitions;
    }

    /// <summary>One form per kind: the common keys, and the kind's own beside them.</summary>
    private static JsonObject Workload(Vocabulary kinds)
    {
        var common = OptionsShape.Of<WorkloadOptions>();
        return new JsonObject
        {
            ["oneOf"] = new JsonArray([.. kinds.Workloads.Select(kind =>
            {
                var own = OptionsShape.Of(kind.OptionsType);
                var schema = common.Schema([.. common.Fields, .. own.Fields]);
                schema["properties"]!["kind"] = new JsonObject { ["const"] = kind.Name };
                schema["required"] = Strings([.. common.Fields.Concat(own.Fields).Where(f => f.IsRequired).Select(f => f.Key)]);
                return (JsonNode?)schema;
            })]),
        };
    }

    /// <summary>'at' and exactly one kind key.</summary>
    private static JsonObject Fault(Vocabulary kinds)
    {
        var fault = Object([FaultKeys.At, .. kinds.Faults.Names], key => Ref(key == FaultKeys.At ? "duration" : $"fault-{key}"), FaultKeys.At);
        fault["minProperties"] = 2;
        fault["maxProperties"] = 2;
        return fault;
    }

    /// <summary>The kind's options, <c>for</c> when it has a repair and <c>when-log</c> when it acts on members.</summary>
    private static JsonObject FaultBody(IFaultKind kind)
    {
        var shape = OptionsShape.Of(kind.OptionsType);
        var body = shape.Schema();
        var properties = body["properties"]!.AsObject();
        if (kind.RepairedBy is not null)
        {
            properties[FaultKeys.For] = new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = $"repair the fault after this long, with {kind.RepairedBy}" };
        }

        if (kind.TargetsMembers)
        {
            properties[FaultKeys.WhenLog] = new JsonObject { ["type"] = "string", ["description"] = "act when a new line of the member's log matches this regular expression" };
            if (kind.OwnMemberKeys is [])
            {
                body["required"] = Strings([.. (body["required"]?.AsArray().Select(r => (string)r!) ?? []).Prepend("target").Distinct()]);
            }
            else
            {
                // Members named in place of a target (a partition's sides): one of them or the target.
                body["anyOf"] = new JsonArray([.. kind.OwnMemberKeys.Prepend("target").Select(k => (JsonNode)new JsonObject { ["required"] = Strings([k]) })]);
            }
        }

        return body;
    }

    /// <summary>A bare name, one name with its shorthand value, or one name with its options.</summary>
    private static JsonObject Expectation(Vocabulary kinds)
    {
        var bare = kinds.Expectations.Where(k => !Requires(k)).Select(k => k.Name).ToList();
        var valued = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = Properties(kinds.Expectations.Names, name => ExpectationValue(kinds.Expectations.Get(name))),
            ["additionalProperties"] = false,
            ["minProperties"] = 1,
            ["maxProperties"] = 1,
        };
        return new JsonObject { ["oneOf"] = new JsonArray(Enum(bare), valued) };
    }

    /// <summary>
    /// What follows 'kind:': its options; the value its shorthand option takes; and, for a kind that requires
    /// nothing, an empty value, as the loader reads <c>- no-lost-writes:</c>.
    /// </summary>
    private static JsonNode ExpectationValue(IExpectationKind kind)
    {
        var shape = OptionsShape.Of(kind.OptionsType);
        var forms = new JsonArray();
        if (kind.Shorthand is { } shorthand)
        {
            forms.Add(shape.Find(shorthand)!.Schema());
        }

        if (!Requires(kind))
        {
            forms.Add(Type("null"));
        }

        if (shape.Fields.Count > 0)
        {
            forms.Add(shape.Schema());
        }

        return forms.Count == 1 ? forms[0]!.DeepClone() : new JsonObject { ["anyOf"] = forms };
    }

    private static bool Requires(IExpectationKind kind) => OptionsShape.Of(kind.OptionsType).Fields.Any(f => f.IsRequired);
}
