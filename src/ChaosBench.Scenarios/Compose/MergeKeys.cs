using ChaosBench.Scenarios.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// YAML merge keys, which YamlDotNet's representation model leaves as a key named <c>&lt;&lt;</c>:
/// <c>&lt;&lt;: *common</c> and <c>&lt;&lt;: [*a, *b]</c> put the anchored mappings' entries in place of the key. Keys
/// written in the mapping itself win, and of several merged mappings the earlier wins, as the YAML spec says.
/// </summary>
internal static class MergeKeys
{
    public static void Expand(ReadContext context, YamlNode root) => Visit(context, root, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));

    private static void Visit(ReadContext context, YamlNode node, HashSet<YamlNode> seen)
    {
        // An anchored mapping is one node wherever it is used; it is expanded first, once, and then merged as it is.
        if (!seen.Add(node))
        {
            return;
        }

        var children = node switch { YamlMappingNode map => map.Children.Values, YamlSequenceNode list => list.Children, _ => [] };
        foreach (var child in children.ToList())
        {
            Visit(context, child, seen);
        }

        if (node is YamlMappingNode mapping && mapping.Children.Keys.Any(IsMergeKey))
        {
            Merge(context, mapping);
        }
    }

    private static void Merge(ReadContext context, YamlMappingNode map)
    {
        var present = map.Children.Keys.Where(k => !IsMergeKey(k)).ToHashSet();
        var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
        foreach (var entry in map.Children)
        {
            if (!IsMergeKey(entry.Key))
            {
                entries.Add(entry);
                continue;
            }

            List<YamlMappingNode>? sources = entry.Value switch
            {
                YamlMappingNode one => [one],
                YamlSequenceNode list when list.Children.All(i => i is YamlMappingNode) => list.Children.Cast<YamlMappingNode>().ToList(),
                _ => null,
            };
            if (sources is null)
            {
                context.Error(entry.Key, "<<", $"'<<' merges a mapping or a list of mappings, not {Nodes.Describe(entry.Value)}", "write '<<: *anchor' or '<<: [*first, *second]', each anchor on a mapping");
                continue;
            }

            entries.AddRange(sources.SelectMany(s => s.Children).Where(e => present.Add(e.Key)));
        }

        map.Children.Clear();
        foreach (var entry in entries)
        {
            map.Children.Add(entry);
        }
    }

    private static bool IsMergeKey(YamlNode key) => key is YamlScalarNode { Value: "<<", Style: ScalarStyle.Plain or ScalarStyle.Any };
}
