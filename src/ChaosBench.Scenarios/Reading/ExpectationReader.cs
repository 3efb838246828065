using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>An expectation: a bare name (<c>- no-lost-writes</c>) or one name with its value (<c>- recovers-within: 10s</c>).</summary>
internal static class ExpectationReader
{
    public static ExpectationOptions Read(ReadContext context, YamlNode node, string path)
    {
        var expectation = new ExpectationOptions();
        if (node is YamlScalarNode && !Nodes.IsNull(node))
        {
            expectation.Kind = context.Text(node, path);
            return expectation;
        }

        if (node is not YamlMappingNode { Children.Count: 1 } map)
        {
            context.Error(node, path, $"an expectation is a name or one 'name: value', not {Nodes.Describe(node)}", "write e.g. '- no-lost-writes' or '- recovers-within: 10s'");
            return expectation;
        }

        foreach (var (kind, _, value, child) in context.Entries(map, path))
        {
            expectation.Kind = kind;
            if (ExpectationKinds.TakesValue(kind))
            {
                expectation.Within = context.Duration(value, child);
            }
            else if (ExpectationKinds.All.Contains(kind) && !Nodes.IsNull(value))
            {
                context.Error(value, child, $"{kind} takes no value", $"write '- {kind}'");
            }
        }

        return expectation;
    }
}
