using System.Text.Json.Nodes;
using ChaosBench.Model.Kinds;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios;

/// <summary>The schema's definitions of a service, its volumes and readiness, and image sources.</summary>
public static partial class ScenarioSchema
{
    /// <summary>An image to run, or an external deployment reached over HTTP only.</summary>
    private static JsonObject Service(Vocabulary kinds)
    {
        var service = Object(ServiceReader.Fields.Keys, key => key == "cluster" ? Enum(kinds.Clusters.Names) : ServiceKey(key));
        service["oneOf"] = new JsonArray(new JsonObject { ["required"] = Strings(["image"]) }, new JsonObject { ["required"] = Strings(["external"]) });
        return service;
    }

    private static JsonNode ServiceKey(string key) => key switch
    {
        "image" => new JsonObject { ["type"] = "string", ["description"] = "recipe:NAME for an offline-built image, or any image reference" },
        "external" => new JsonObject { ["$ref"] = "#/$defs/external", ["description"] = "a deployment ChaosBench does not run, instead of an image: only HTTP reaches it" },
        "replicas" => Type("integer"),
        "command" or "args" => Ref("texts"),
        "env" => new JsonObject
        {
            ["type"] = "object",
            ["description"] = "environment variables; values under names with PASSWORD, TOKEN, SECRET or KEY, or marked secret, are shown as *** in every artifact",
            ["additionalProperties"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = Strings(["string", "number", "boolean"]) },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = Strings(["value"]),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject { ["value"] = new JsonObject { ["type"] = Strings(["string", "number", "boolean"]) }, ["secret"] = Type("boolean") },
                    }),
            },
        },
        "volumes" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("volume") },
        "ready" => Ref("ready"),
        "entrypoint" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "replaces the image's entrypoint" },
        "binds" => ListOf(Ref("bind")),
        "tmpfs" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "memory-backed mount paths, optionally with options: /run, /tmp:size=64m" },
        "networks" => new JsonObject
        {
            ["description"] = "scenario networks to join (default: the run's default network), each with extra names neighbours reach the member by",
            ["anyOf"] = new JsonArray(Ref("texts"), new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["anyOf"] = new JsonArray(Type("null"), Ref("texts")) } }),
        },
        "depends-on" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Enum(["started", "healthy"]), ["description"] = "services started first, each with what it must have reached" },
        "ports" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+(/(tcp|udp|sctp))?$" }, ["description"] = "container ports, published on 127.0.0.1 at ports the engine picks" },
        "labels" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Type("string") },
        "cap-add" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "Linux capabilities, e.g. NET_ADMIN" },
        "user" => new JsonObject { ["type"] = "string", ["description"] = "NAME, UID or UID:GID" },
        "working-dir" => Type("string"),
        "pid" => new JsonObject { ["const"] = "host", ["description"] = "host: share the host's process namespace; only with --allow-host" },
        "userns-mode" => new JsonObject { ["const"] = "host", ["description"] = "host: run in the host's user namespace; only with --allow-host" },
        "devices" => new JsonObject { ["$ref"] = "#/$defs/texts", ["description"] = "host devices, HOST[:CONTAINER[:PERMISSIONS]]; only with --allow-host" },
        _ => throw Unmapped(key),
    };

    /// <summary>A probe and how long to wait for it; exactly one of http, exec and log.</summary>
    private static JsonObject Ready()
    {
        var probes = new[] { "http", "exec", "log" };
        var ready = Object(ServiceReader.ReadyFields.Keys, key => key switch
        {
            "http" or "log" => Type("string"),
            "exec" => Ref("texts"),
            "within" => Ref("duration"),
            _ => throw Unmapped(key),
        });
        ready["oneOf"] = new JsonArray(probes.Select(p => (JsonNode?)new JsonObject { ["required"] = Strings([p]) }).ToArray());
        return ready;
    }

    private static JsonObject Volume() => new()
    {
        ["description"] = "a mount path, or { path, durability, faults, writeback, directory-durability, shared, read-only }",
        ["anyOf"] = new JsonArray(Type("string"), Object(ServiceReader.VolumeFields.Keys, key => key switch
        {
            "path" => Type("string"),
            "durability" => Enum(["normal", "power-loss"]),
            "writeback" => new JsonObject { ["$ref"] = "#/$defs/duration", ["description"] = "power-loss only: a file dirty this long reaches the disk whole anyway (default: never)" },
            "directory-durability" => new JsonObject { ["enum"] = new JsonArray("immediate", "strict"), ["description"] = "power-loss only: strict makes a create, rename or unlink durable only once its directory is fsynced (default immediate)" },
            "faults" => new JsonObject { ["type"] = "boolean", ["description"] = "behind the FUSE layer for disk faults only (disk-full, io-error, slow-io), writes going straight through (default false; implied by durability: power-loss)" },
            "shared" => new JsonObject { ["type"] = "boolean", ["description"] = "one volume for the run, seen by every service declaring it shared (default: one per member)" },
            "read-only" => Type("boolean"),
            _ => throw Unmapped(key),
        }, "path")),
    };

    /// <summary>A tarball to load, or another image to run in its place; exactly one.</summary>
    private static JsonObject ImageSource()
    {
        var source = Object(ImageReader.Fields.Keys, key => key switch
        {
            "tarball" => new JsonObject { ["type"] = "string", ["description"] = "a file written by docker save, relative to the scenario file" },
            "use" => new JsonObject { ["type"] = "string", ["description"] = "another image run wherever this one is named, e.g. recipe:etcd-3.5" },
            _ => throw Unmapped(key),
        });
        source["oneOf"] = new JsonArray(new JsonObject { ["required"] = Strings(["tarball"]) }, new JsonObject { ["required"] = Strings(["use"]) });
        return source;
    }
}
