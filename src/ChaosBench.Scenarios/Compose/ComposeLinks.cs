using System.Runtime.CompilerServices;
using ChaosBench.Model;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>A service's <c>networks</c> (with aliases) and <c>depends_on</c> (with conditions).</summary>
internal static class ComposeLinks
{
    private static readonly FieldReaders<List<string>> NetworkFields = new()
    {
        ["aliases"] = (c, node, path, aliases) => aliases.AddRange(c.TextList(node, path, "[web]") ?? []),
    };

    private static readonly FieldReaders<StrongBox<string?>> DependencyFields = new()
    {
        ["condition"] = (c, node, path, condition) => condition.Value = Condition(c, node, path),
    };

    /// <summary>
    /// <c>[front, back]</c> or <c>{ front: { aliases: [web] } }</c>; each network declared at the top level, or
    /// <c>default</c>. A service naming only <c>default</c> in a file that declares no networks is left with none: the same thing.
    /// </summary>
    public static void ReadNetworks(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        var networks = new Dictionary<string, List<string>>();
        if (node is YamlSequenceNode)
        {
            foreach (var (item, itemPath) in context.Items(node, path, "- front"))
            {
                if (context.Text(item, itemPath) is { } name && Declared(context, item, Paths.Child(path, name), name, service))
                {
                    networks[name] = [];
                    context.Map.Add(Paths.Child(path, name), item);
                }
            }
        }
        else if (context.Mapping(node, path, "{ front: { aliases: [web] } }") is { } map)
        {
            foreach (var (name, keyNode, value, child) in context.Entries(map, path))
            {
                var aliases = new List<string>();
                if (context.Mapping(value, child, "{ aliases: [web] }") is { } fields)
                {
                    ComposeKeys.Fill(context, fields, child, NetworkFields, aliases, $"in network '{name}' of service '{service.Name}'");
                }

                if (Declared(context, keyNode, child, name, service))
                {
                    networks[name] = aliases;
                }
            }
        }

        var onlyDefault = networks.Count == 1 && networks.TryGetValue("default", out var defaultAliases) && defaultAliases.Count == 0;
        service.Options.Networks = onlyDefault && service.Compose.Networks.Count == 0 ? [] : networks;
    }

    /// <summary><c>[db]</c> (each started), or <c>{ db: { condition: service_healthy } }</c>.</summary>
    public static void ReadDependsOn(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        var option = ComposeServiceReader.Option(path, "depends-on");
        context.Map.Add(option, node);
        if (node is YamlSequenceNode)
        {
            foreach (var (item, itemPath) in context.Items(node, path, "- db"))
            {
                if (context.Text(item, itemPath) is { } name)
                {
                    Depend(context, item, Paths.Child(option, name), name, "started", service);
                }
            }
        }
        else if (context.Mapping(node, path, "{ db: { condition: service_healthy } }") is { } map)
        {
            foreach (var (name, keyNode, value, child) in context.Entries(map, path))
            {
                var condition = new StrongBox<string?>("started");
                if (context.Mapping(value, child, "{ condition: service_healthy }") is { } fields)
                {
                    ComposeKeys.Fill(context, fields, child, DependencyFields, condition, $"in depends_on '{name}' of service '{service.Name}'");
                }

                if (condition.Value is { } reached)
                {
                    Depend(context, keyNode, Paths.Child(option, name), name, reached, service);
                }
            }
        }
    }

    private static void Depend(ReadContext context, YamlNode node, string path, string name, string condition, ComposeService service)
    {
        if (!service.Compose.Services.Contains(name))
        {
            context.Error(node, path, $"depends_on names '{name}', which is not a service of this file", Names.Suggest(name, service.Compose.Services));
            return;
        }

        service.Options.DependsOn[name] = condition;
        context.Map.Add(path, node);
    }

    private static string? Condition(ReadContext context, YamlNode node, string path)
    {
        switch (context.Text(node, path))
        {
            case null or "service_started":
                return "started";
            case "service_healthy":
                return "healthy";
            case "service_completed_successfully":
                context.Error(node, path, "unsupported depends_on condition 'service_completed_successfully'", "the harness runs long-lived services, not one-shot jobs: run the job's command as an exec step in the fault timeline, or wait for service_healthy");
                return null;
            case var other:
                context.Error(node, path, $"unknown depends_on condition '{other}'", Names.Suggest(other, ["service_started", "service_healthy"]));
                return null;
        }
    }

    private static bool Declared(ReadContext context, YamlNode node, string path, string name, ComposeService service)
    {
        if (name == "default" || service.Compose.Networks.Contains(name))
        {
            return true;
        }

        var fix = Names.Closest(name, service.Compose.Networks) is { } close ? $"did you mean '{close}'?" : $"declare it at the top level: 'networks: {{ {name}: {{}} }}'";
        context.Error(node, path, $"network '{name}' is not declared in the top-level networks", fix);
        return false;
    }
}
