using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>What a service is connected to besides its volumes: host binds and networks.</summary>
internal static partial class ServiceReader
{
    public static FieldReaders<BindOptions> BindFields { get; } = new()
    {
        ["source"] = (c, node, path, b) => b.Source = c.Text(node, path),
        ["target"] = (c, node, path, b) => b.Target = c.Text(node, path),
        ["read-only"] = (c, node, path, b) => b.ReadOnly = c.Flag(node, path) ?? false,
    };

    /// <summary><c>binds: [{ source: /srv/config, target: /etc/app, read-only: true }]</c>.</summary>
    private static List<BindOptions> ReadBinds(ReadContext context, YamlNode node, string path)
    {
        var binds = new List<BindOptions>();
        foreach (var (item, itemPath) in context.Items(node, path, "- { source: /srv/config, target: /etc/app }"))
        {
            var bind = new BindOptions();
            if (context.Mapping(item, itemPath, "{ source: /srv/config, target: /etc/app }") is { } fields)
            {
                context.Fill(fields, itemPath, BindFields, bind, "a bind");
            }

            binds.Add(bind);
        }

        return binds;
    }

    /// <summary><c>networks: [front, back]</c>, or with aliases <c>networks: { front: [web], back: }</c>.</summary>
    private static Dictionary<string, List<string>> ReadNetworks(ReadContext context, YamlNode node, string path)
    {
        if (node is YamlSequenceNode)
        {
            return (context.TextList(node, path, "[front, back]") ?? []).Distinct().ToDictionary(n => n, _ => new List<string>());
        }

        if (context.Mapping(node, path, "{ front: [web], back: }") is not { } map)
        {
            return [];
        }

        return context.Entries(map, path).ToDictionary(e => e.Key, e => context.TextList(e.Value, e.Path, "[web]") ?? []);
    }
}
