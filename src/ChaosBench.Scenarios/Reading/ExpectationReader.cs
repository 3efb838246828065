using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// An expectation: a bare name (<c>- no-lost-writes</c>), a name with a duration (<c>- recovers-within: 10s</c>),
/// or a name with its parameters (<c>- log: { service: etcd, pattern: "panic", absent: true }</c>). A kind whose
/// parameters are all optional (<see cref="ExpectationKinds.MayBeBare"/>) may be written either way.
/// </summary>
internal static class ExpectationReader
{
    /// <summary>Every parameter any kind takes; <see cref="ExpectationKinds.ParametersOf"/> says which kind takes which.</summary>
    public static FieldReaders<ExpectationOptions> BodyFields { get; } = new()
    {
        ["service"] = (c, node, path, e) => e.Service = c.Text(node, path),
        ["pattern"] = (c, node, path, e) => e.Pattern = c.Text(node, path),
        ["at-most"] = (c, node, path, e) => e.AtMost = c.Whole<int>(node, path),
        ["at-least"] = (c, node, path, e) => e.AtLeast = c.Whole<int>(node, path),
        ["absent"] = (c, node, path, e) => e.Absent = c.Flag(node, path) ?? false,
        ["after"] = (c, node, path, e) => e.After = c.Duration(node, path),
        ["log"] = (c, node, path, e) => e.Log = c.Text(node, path),
        ["data-untouched"] = (c, node, path, e) => e.DataUntouched = c.Flag(node, path) ?? false,
        ["url"] = (c, node, path, e) => e.Url = c.Text(node, path),
        ["is"] = (c, node, path, e) => e.Is = c.Whole<int>(node, path),
        ["never"] = (c, node, path, e) => e.Never = c.WholeList(node, path, "[500, 502, 503]") ?? e.Never,
        ["headers"] = (c, node, path, e) => e.Headers = c.TextMap(node, path, "{ Authorization: \"Basic ...\" }") ?? e.Headers,
        ["within"] = (c, node, path, e) => e.Within = c.Duration(node, path),
        ["max-error-rate"] = (c, node, path, e) => e.MaxErrorRate = c.Number(node, path),
        ["per"] = (c, node, path, e) => e.Per = c.Duration(node, path),
        ["loss-window"] = (c, node, path, e) => e.LossWindow = c.Duration(node, path),
        ["budget"] = (c, node, path, e) => e.Budget = c.Duration(node, path),
    };

    public static ExpectationOptions Read(ReadContext context, YamlNode node, string path)
    {
        var expectation = new ExpectationOptions();
        if (node is YamlScalarNode && !Nodes.IsNull(node))
        {
            expectation.Kind = context.Text(node, path);
            if (expectation.Kind is { } bare && ExpectationKinds.TakesBody(bare) && !ExpectationKinds.MayBeBare(bare))
            {
                context.Error(node, $"{path}.{bare}", $"{bare} needs its parameters", $"write '- {bare}: {Braces(ExpectationKinds.RequiredOf(bare))}'");
            }

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
            else if (ExpectationKinds.TakesBody(kind) && !(ExpectationKinds.MayBeBare(kind) && value is YamlScalarNode))
            {
                if (context.Mapping(value, child, Braces(ExpectationKinds.RequiredOf(kind) is [] ? ExpectationKinds.ParametersOf(kind) : ExpectationKinds.RequiredOf(kind))) is { } body)
                {
                    context.Fill(body, child, FieldsOf(kind), expectation, kind);
                }
            }
            else if (ExpectationKinds.All.Contains(kind) && !Nodes.IsNull(value))
            {
                // 'no-lost-writes: yes' means the bare name: offer that first, then the parameters if there are any.
                var parameters = ExpectationKinds.ParametersOf(kind);
                var body = parameters.Count == 0 ? string.Empty : $", or '- {kind}: {Braces(parameters)}'";
                context.Error(value, child, $"{kind} takes no value", $"write '- {kind}'{body}");
            }
        }

        return expectation;
    }

    public static FieldReaders<ExpectationOptions> FieldsOf(string kind)
    {
        var fields = new FieldReaders<ExpectationOptions>();
        foreach (var parameter in ExpectationKinds.ParametersOf(kind))
        {
            fields[parameter] = BodyFields[parameter];
        }

        return fields;
    }

    private static string Braces(IEnumerable<string> parameters) => $"{{ {string.Join(", ", parameters.Select(p => $"{p}: ..."))} }}";
}
