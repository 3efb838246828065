using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>What a YAML node is, in the words of an error message.</summary>
internal static class Nodes
{
    /// <summary>An empty value, <c>~</c> or <c>null</c>: the key counts as not written.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        _ when IsNull(node) => "nothing",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => $"'{Excerpt.Of(((YamlScalarNode)node).Value ?? string.Empty)}'",
    };
}
