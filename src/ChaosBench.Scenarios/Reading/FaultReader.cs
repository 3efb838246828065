using ChaosBench.Model;
using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>A fault: <c>at</c> plus exactly one key naming its kind, whose mapping holds the target and parameters.</summary>
internal static class FaultReader
{
    /// <summary>Every parameter any kind takes; the validator checks which kind takes which (<see cref="FaultKinds.ParametersOf"/>).</summary>
    public static FieldReaders<FaultOptions> BodyFields { get; } = new()
    {
        ["target"] = (c, node, path, f) => f.Target = c.Text(node, path),
        ["pick"] = (c, node, path, f) => f.Pick = c.Text(node, path),
        ["signal"] = (c, node, path, f) => f.Signal = c.Text(node, path),
        ["path"] = (c, node, path, f) => f.Path = c.Text(node, path),
        ["to"] = (c, node, path, f) => f.To = c.Text(node, path),
        ["for"] = (c, node, path, f) => f.For = c.Duration(node, path),
        ["when-log"] = (c, node, path, f) => f.WhenLog = c.Text(node, path),
        ["args"] = (c, node, path, f) => f.Args = c.TextList(node, path, "[--initial-cluster-state=existing]") ?? [],
        ["may-fail"] = (c, node, path, f) => f.MayFail = c.Flag(node, path),
        ["command"] = (c, node, path, f) => f.Command = c.TextList(node, path, "[etcdctl, member, list]"),
        ["exit"] = (c, node, path, f) => f.Exit = c.Text(node, path),
        ["match"] = (c, node, path, f) => f.Match = c.Text(node, path),
        ["save"] = (c, node, path, f) => f.Save = c.TextMap(node, path, "{ peer: /result/peer_id }") ?? [],
        ["within"] = (c, node, path, f) => f.Within = c.Duration(node, path),
        ["url"] = (c, node, path, f) => f.Url = c.Text(node, path),
        ["method"] = (c, node, path, f) => f.Method = c.Text(node, path),
        ["body"] = (c, node, path, f) => f.Body = c.Text(node, path),
        ["headers"] = (c, node, path, f) => f.Headers = c.TextMap(node, path, "{ Content-Type: application/json }") ?? [],
        ["status"] = (c, node, path, f) => f.Status = c.WholeList(node, path, "[200, 201]") ?? [],
    };

    private static readonly string[] TopKeys = ["at", .. FaultKinds.All];

    public static FaultOptions Read(ReadContext context, YamlNode node, string path)
    {
        var fault = new FaultOptions();
        if (node is not YamlMappingNode map)
        {
            context.Error(node, path, $"a fault must be a mapping of 'at' and one kind, not {Nodes.Describe(node)}", "write e.g. '- at: 5s' and below it 'kill: { target: etcd }'");
            return fault;
        }

        var hasKind = map.Children.Keys.Any(k => k is YamlScalarNode { Value: { } key } && FaultKinds.All.Contains(key));
        foreach (var (key, keyNode, value, child) in context.Entries(map, path))
        {
            if (key == "at")
            {
                fault.At = context.Duration(value, child);
            }
            else if (!FaultKinds.All.Contains(key))
            {
                // Without a known kind, an unknown key is the kind mistyped, and the whole fault is in doubt.
                context.Error(keyNode, hasKind ? child : path, hasKind ? $"unknown key '{key}' in a fault" : $"unknown fault kind '{key}'", Names.Suggest(key, TopKeys));
            }
            else if (fault.Kind is null)
            {
                fault.Kind = key;
                if (context.Mapping(value, child, "{ target: etcd }") is { } body)
                {
                    context.Fill(body, child, BodyFields, fault, key);
                }
            }
            else
            {
                context.Error(keyNode, child, $"a fault has one kind, and this one has {fault.Kind} and {key}", "split it into two faults, each with its own 'at'");
            }
        }

        if (fault.Kind is null && map.Children.Keys.All(k => k is YamlScalarNode { Value: "at" }))
        {
            context.Error(map, path, "a fault needs a kind", $"add one of: {string.Join(", ", FaultKinds.All)}");
        }

        return fault;
    }
}
