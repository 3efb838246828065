using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// An expectation: a bare name (<c>- no-lost-writes</c>), a name with the value of its shorthand option
/// (<c>- recovers-within: 10s</c>), or a name with its options (<c>- log: { service: etcd, pattern: "panic", absent: true }</c>).
/// A kind that requires nothing may be written either way.
/// </summary>
internal static class ExpectationReader
{
    public static ExpectationOptions Read(ReadContext context, YamlNode node, string path)
    {
        var expectation = new ExpectationOptions();
        if (node is YamlScalarNode && !Nodes.IsNull(node))
        {
            expectation.Kind = context.Text(node, path);
            if (context.Kinds.Expectations.Find(expectation.Kind) is { } bare)
            {
                expectation.Options = OptionsShape.Of(bare.OptionsType).Create();
                if (Required(bare) is { Count: > 0 } required)
                {
                    context.Error(node, $"{path}.{bare.Name}", $"{bare.Name} needs its parameters", $"write '- {bare.Name}: {Braces(required)}'");
                }
            }

            return expectation;
        }

        if (node is not YamlMappingNode { Children.Count: 1 } map)
        {
            context.Error(node, path, $"an expectation is a name or one 'name: value', not {Nodes.Describe(node)}", "write e.g. '- no-lost-writes' or '- recovers-within: 10s'");
            return expectation;
        }

        foreach (var (name, _, value, child) in context.Entries(map, path))
        {
            expectation.Kind = name;
            if (context.Kinds.Expectations.Find(name) is not { } kind)
            {
                // Unknown: the validator names the kinds there are.
                continue;
            }

            var shape = OptionsShape.Of(kind.OptionsType);
            expectation.Options = shape.Create();
            if (value is YamlScalarNode && !Nodes.IsNull(value) && kind.Shorthand is { } shorthand)
            {
                OptionsReader.Set(context, shape.Find(shorthand)!, expectation.Options, value, child);
            }
            else if (value is YamlScalarNode && !Nodes.IsNull(value) && Required(kind).Count == 0)
            {
                // 'no-lost-writes: yes' means the bare name: offer that first, then the options if there are any.
                var body = shape.Fields.Count == 0 ? string.Empty : $", or '- {name}: {Braces(shape.Keys)}'";
                context.Error(value, child, $"{name} takes no value", $"write '- {name}'{body}");
            }
            else if (context.Mapping(value, child, Braces(Required(kind) is { Count: > 0 } required ? required : shape.Keys)) is { } options)
            {
                OptionsReader.Fill(context, shape, options, child, expectation.Options, name, (key, keyNode, other, at) => Foreign(context, name, key, keyNode, other, at));
            }
        }

        return expectation;
    }

    /// <summary>The options a kind cannot do without, but for the one its shorthand value fills.</summary>
    private static List<string> Required(IExpectationKind kind) =>
        [.. OptionsShape.Of(kind.OptionsType).Fields.Where(f => f.IsRequired && f.Key != kind.Shorthand).Select(f => f.Key)];

    /// <summary>An option of another expectation: said as such, where its value is.</summary>
    private static bool Foreign(ReadContext context, string kind, string key, YamlNode keyNode, YamlNode value, string path)
    {
        var owners = context.Kinds.Expectations.Where(k => OptionsShape.Of(k.OptionsType).Find(key) is not null).Select(k => k.Name).ToList();
        if (owners.Count > 0)
        {
            context.EntryError(keyNode, value, path, $"{kind} takes no '{key}'", $"{key} belongs to {string.Join(", ", owners)}");
        }

        return owners.Count > 0;
    }

    private static string Braces(IEnumerable<string> parameters) => $"{{ {string.Join(", ", parameters.Select(p => $"{p}: ..."))} }}";
}
