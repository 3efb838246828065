using System.Text.RegularExpressions;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Matrix;

/// <summary>
/// Reads <c>matrix:</c>: each variable's list of values is crossed with the others'; the lists under <c>zip:</c> are
/// taken side by side instead (the n-th values together), so <c>zip: { from: [6.0, 7.0], to: [7.0, 8.0] }</c> is
/// two runs, not four.
/// </summary>
internal static partial class MatrixReader
{
    public const string Key = "matrix";

    private const string Zip = "zip";

    /// <summary>The matrix of <paramref name="root"/>; null when the file has none, or after reporting why it is not one.</summary>
    public static ScenarioMatrix? Read(ReadContext context, YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(Key), out var node))
        {
            return null;
        }

        var errors = context.Errors.Count;
        var variables = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var dimensions = new List<List<Dictionary<string, string>>>();
        foreach (var (name, keyNode, value, path) in context.Mapping(node, Key, "{ redis: [\"6.0\", \"7.0\", \"8.0\"] }") is { } map ? context.Entries(map, Key) : [])
        {
            if (name == Zip)
            {
                dimensions.Add(Zipped(context, value, path, variables));
            }
            else if (Declare(context, name, keyNode, path, variables) && Values(context, value, path) is { } values)
            {
                dimensions.Add([.. values.Select(v => new Dictionary<string, string> { [name] = v })]);
            }
        }

        if (variables.Count == 0 && context.Errors.Count == errors)
        {
            context.Error(node, Key, "matrix names no variable", "list each variable's values, e.g. 'matrix: { redis: [\"6.0\", \"7.0\", \"8.0\"] }', or remove 'matrix:'");
        }

        return context.Errors.Count > errors ? null : new ScenarioMatrix(Cross(dimensions), variables);
    }

    /// <summary>Every combination of one row of each dimension, the first dimension varying slowest.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Cross(List<List<Dictionary<string, string>>> dimensions) =>
        dimensions.Aggregate(
            (IEnumerable<Dictionary<string, string>>)[new Dictionary<string, string>(StringComparer.Ordinal)],
            (combinations, rows) => combinations.SelectMany(c => rows.Select(r => new Dictionary<string, string>(c.Concat(r), StringComparer.Ordinal))))
        .Select(c => (IReadOnlyDictionary<string, string>)c).ToList();

    private static List<Dictionary<string, string>> Zipped(ReadContext context, YamlNode node, string path, Dictionary<string, YamlNode> variables)
    {
        var lists = new List<(string Name, List<string> Values)>();
        foreach (var (name, keyNode, value, child) in context.Mapping(node, path, "{ from: [\"6.0\", \"7.0\"], to: [\"7.0\", \"8.0\"] }") is { } map ? context.Entries(map, path) : [])
        {
            if (Declare(context, name, keyNode, child, variables) && Values(context, value, child) is { } values)
            {
                lists.Add((name, values));
            }
        }

        if (lists.Select(l => l.Values.Count).Distinct().Count() > 1)
        {
            var lengths = string.Join(", ", lists.Select(l => $"{l.Name} has {l.Values.Count}"));
            context.Error(node, path, $"the lists under zip must be equally long: {lengths}", "give each the same number of values; the n-th values of each run together");
            return [];
        }

        return [.. Enumerable.Range(0, lists.FirstOrDefault().Values?.Count ?? 0).Select(i => lists.ToDictionary(l => l.Name, l => l.Values[i], StringComparer.Ordinal))];
    }

    private static bool Declare(ReadContext context, string name, YamlNode keyNode, string path, Dictionary<string, YamlNode> variables)
    {
        if (!VariableName().IsMatch(name) || name == Zip)
        {
            context.Error(keyNode, path, $"'{name}' cannot name a matrix variable", "use letters, digits, '_' and '-', starting with a letter (not 'zip'), e.g. 'redis'");
            return false;
        }

        if (!variables.TryAdd(name, keyNode))
        {
            context.Error(keyNode, path, $"matrix variable '{name}' is declared twice", "declare it once, either crossed or under zip");
            return false;
        }

        return true;
    }

    private static List<string>? Values(ReadContext context, YamlNode node, string path)
    {
        var items = context.Items(node, path, "- \"7.0\"").ToList();
        if (node is YamlSequenceNode && items.Count == 0 || Nodes.IsNull(node))
        {
            context.Error(node, path, $"matrix variable '{Paths.Key(path)}' has no values", $"list at least one, e.g. '{Paths.Key(path)}: [\"7.0\"]', or remove it");
            return null;
        }

        var values = items.Select(i => (i.Item, i.Path, Text: context.Text(i.Item, i.Path))).ToList();
        var repeated = values.Where((v, n) => v.Text is not null && values.Take(n).Any(earlier => earlier.Text == v.Text)).ToList();
        foreach (var twice in repeated)
        {
            context.Error(twice.Item, twice.Path, $"'{twice.Text}' appears twice in matrix variable '{Paths.Key(path)}'", "keep one: each value is one run");
        }

        return values.Any(v => v.Text is null) || repeated.Count > 0 ? null : [.. values.Select(v => v.Text!)];
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex VariableName();
}
