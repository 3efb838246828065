using System.Text.Json.Nodes;
using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios;

/// <summary>The schema's shared definitions: values, a service, the workload, the faults by kind, an expectation.</summary>
public static partial class ScenarioSchema
{
    private static JsonObject Definitions()
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
            ["service"] = Service(),
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
            ["workload"] = Object(WorkloadReader.Fields.Keys, key => key switch
            {
                "kind" => Enum(WorkloadKinds.All),
                "target" => new JsonObject { ["type"] = "string", ["description"] = "a service" },
                "clients" or "keys" => Type("integer"),
                "rate" => Ref("rate"),
                "http" => Ref("http"),
                _ => throw Unmapped(key),
            }, "kind", "target"),
            ["http"] = Object(WorkloadReader.HttpFields.Keys, key => key switch
            {
                "port" => new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 65535, ["description"] = "required, unless the target is an external service: its url carries the port" },
                "write" or "read" => Ref($"http-{key}"),
                _ => throw Unmapped(key),
            }, "write", "read"),
            ["http-write"] = Object(WorkloadReader.WriteFields.Keys, HttpParameter, "method", "path"),
            ["http-read"] = Object(WorkloadReader.ReadFields.Keys, HttpParameter, "method", "path"),
            ["statuses"] = ListOf(new JsonObject { ["type"] = "integer", ["minimum"] = 100, ["maximum"] = 599 }),
            ["fault"] = Fault(),
            ["target"] = new JsonObject { ["type"] = "string", ["description"] = "a service (etcd), one member (etcd-2), or previous: the members the previous fault hit" },
            ["pick"] = new JsonObject
            {
                ["description"] = "which members of a service: random (by the seed), all, leader, or a member number",
                ["anyOf"] = new JsonArray(Enum(["random", "all", "leader"]), new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
            },
            ["signal"] = Enum(Signals.All.Concat(Signals.All.Select(s => "SIG" + s))),
            ["expectation"] = Expectation(),
        };
        foreach (var kind in FaultKinds.All)
        {
            definitions[$"fault-{kind}"] = FaultBody(kind);
        }

        return definitions;
    }

    private static JsonNode HttpParameter(string key) => key switch
    {
        "method" => Enum(["GET", "PUT", "POST", "DELETE"]),
        "path" => new JsonObject { ["type"] = "string", ["pattern"] = "^/", ["description"] = "{key}, {value}, {key64}, {value64} are replaced, percent-encoded" },
        "body" => new JsonObject { ["type"] = "string", ["description"] = "{key}, {value}, {key64}, {value64} are replaced" },
        "ok" or "missing" => Ref("statuses"),
        "value" => new JsonObject { ["type"] = "string", ["pattern"] = "^/", ["description"] = "a JSON pointer to the value in the answer" },
        "base64" => Type("boolean"),
        _ => throw Unmapped(key),
    };

    /// <summary>'at' and exactly one kind key.</summary>
    private static JsonObject Fault()
    {
        var fault = Object(["at", .. FaultKinds.All], key => Ref(key == "at" ? "duration" : $"fault-{key}"), "at");
        fault["minProperties"] = 2;
        fault["maxProperties"] = 2;
        return fault;
    }

    /// <summary>The target and pick every kind takes, and the parameters of this one (<see cref="FaultKinds.ParametersOf"/>).</summary>
    private static JsonObject FaultBody(string kind)
    {
        var parameters = FaultKinds.ParametersOf(kind);
        string[] required = kind switch
        {
            FaultKinds.DeletePath or FaultKinds.Bitflip or FaultKinds.Truncate => ["target", "path"],
            FaultKinds.VersionHop => ["target", "to"],
            FaultKinds.Exec => ["target", "command"],
            FaultKinds.Request => ["url"],
            _ => ["target"],
        };
        var targeted = FaultKinds.TargetsMembers(kind);
        return Object(FaultReader.BodyFields.Keys.Where(k => (targeted && k is "target" or "pick") || parameters.Contains(k)), key => key switch
        {
            "target" or "pick" or "signal" => Ref(key),
            "path" => new JsonObject { ["type"] = "string", ["description"] = kind == FaultKinds.TornWrite ? "tear only writes under this absolute path" : "an absolute path inside one of the service's volumes" },
            "to" => new JsonObject { ["type"] = "string", ["description"] = "the image to hop to, e.g. recipe:redis-7.0" },
            "for" => new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = "repair the fault after this long" },
            _ => StepParameter(key),
        }, required);
    }

    private static JsonNode StepParameter(string key) => key switch
    {
        "when-log" => new JsonObject { ["type"] = "string", ["description"] = "act when a new line of the member's log matches this regular expression" },
        "args" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "arguments appended to the member's command; the container is made anew with them" },
        "may-fail" => new JsonObject { ["type"] = "boolean", ["description"] = "the member may fail to get ready: recorded, not an error" },
        "command" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "the command run in the member; {NAME} is a saved value or an address" },
        "exit" => new JsonObject { ["anyOf"] = new JsonArray(Type("integer"), Enum(["any"])), ["description"] = "the exit code required (default 0), or any" },
        "match" => new JsonObject { ["type"] = "string", ["description"] = "a regular expression the output (exec) or body (request) must match" },
        "save" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Type("string"), ["description"] = "NAME: a JSON pointer into the answer, or a regular expression whose first group is kept" },
        "within" => new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = "try again until the step holds, for at most this long" },
        "url" => new JsonObject { ["type"] = "string", ["pattern"] = "^https?://\\{", ["description"] = "the URL; its host is {SERVICE} or {MEMBER}" },
        "method" => Enum(["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"]),
        "body" => new JsonObject { ["type"] = "string", ["description"] = "sent as JSON when it starts with { or [" },
        "headers" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Type("string") },
        "status" => Ref("statuses"),
        _ => throw Unmapped(key),
    };

    /// <summary>A bare name, one name with its duration, or one name with its parameters.</summary>
    private static JsonObject Expectation()
    {
        var bare = ExpectationKinds.All.Where(ExpectationKinds.MayBeBare).ToList();
        var valued = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = Properties(ExpectationKinds.All, ExpectationValue),
            ["additionalProperties"] = false,
            ["minProperties"] = 1,
            ["maxProperties"] = 1,
        };
        return new JsonObject { ["oneOf"] = new JsonArray(Enum(bare), valued) };
    }

    /// <summary>
    /// What follows 'kind:'. A kind that may be bare also takes an empty value, as the loader does
    /// (<c>- no-lost-writes:</c>), and its mapping form requires nothing.
    /// </summary>
    private static JsonNode ExpectationValue(string kind)
    {
        if (ExpectationKinds.TakesValue(kind))
        {
            return Ref("duration");
        }

        if (!ExpectationKinds.TakesBody(kind))
        {
            return Type("null");
        }

        var body = Object(ExpectationKinds.ParametersOf(kind), ExpectationParameter, [.. ExpectationKinds.RequiredOf(kind)]);
        return ExpectationKinds.MayBeBare(kind) ? new JsonObject { ["anyOf"] = new JsonArray(Type("null"), body) } : body;
    }

    private static JsonNode ExpectationParameter(string key) => key switch
    {
        "service" => new JsonObject { ["type"] = "string", ["description"] = "a service of this scenario" },
        "pattern" or "log" => new JsonObject { ["type"] = "string", ["description"] = "a regular expression matched against each log line" },
        "at-most" or "at-least" => new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
        "absent" or "data-untouched" => Type("boolean"),
        "url" => new JsonObject { ["type"] = "string", ["pattern"] = "^(http://|\\{)", ["description"] = "{SERVICE} stands for that service's first member, or for an external service's whole base URL ({longhorn}/v1/...)" },
        "is" => new JsonObject { ["type"] = "integer", ["minimum"] = 100, ["maximum"] = 599 },
        "within" or "per" => Ref("duration"),
        "loss-window" => new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = "excuse lost writes acknowledged at most this long before a kill, power-loss or torn-write" },
        "after" => new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = "count only lines stamped at or after this offset from the run's start" },
        "never" => Ref("statuses"),
        "headers" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Type("string"), ["description"] = "request headers, e.g. credentials; {NAME} is a saved value" },
        "max-error-rate" => new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
        "budget" => new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = "the longest the linearizability search may take; then the verdict is unknown (default 30s)" },
        _ => throw Unmapped(key),
    };
}
