using System.Globalization;
using System.Numerics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds.Values;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>Typed values. Each returns null for an empty value, and null after reporting a value of the wrong shape.</summary>
internal sealed partial class ReadContext
{
    public string? Text(YamlNode node, string path)
    {
        if (Nodes.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        Error(node, path, $"{Paths.Key(path)} must be text, not {Nodes.Describe(node)}", $"write one value, e.g. '{Paths.Key(path)}: ...'");
        return null;
    }

    public T? Whole<T>(YamlNode node, string path)
        where T : struct, IBinaryInteger<T>
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, path, $"{Paths.Key(path)} must be a whole number, not '{text}'", $"write digits, e.g. '{Paths.Key(path)}: 3'");
        return null;
    }

    public TimeSpan? Duration(YamlNode node, string path) => (TimeSpan?)Scalar(DurationType.Instance, node, path);

    public double? Number(YamlNode node, string path) => (double?)Scalar(NumberType.Any, node, path);

    public bool? Flag(YamlNode node, string path) => (bool?)Scalar(FlagType.Instance, node, path);

    /// <summary>The value of <paramref name="node"/> as <paramref name="type"/>; null when empty, or after reporting why it is none.</summary>
    public object? Scalar(ScalarType type, YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        var value = type.Parse(text, Paths.Key(path), out var problem);
        if (problem is not null)
        {
            Error(node, path, problem.Message, problem.Fix);
        }

        return value;
    }

    public List<string>? TextList(YamlNode node, string path, string example)
    {
        if (Nodes.IsNull(node))
        {
            return null;
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, path, $"{Paths.Key(path)} must be a list, not {Nodes.Describe(node)}", $"write e.g. '{Paths.Key(path)}: {example}'");
            return null;
        }

        // Each word is located, so an error about one (a member placeholder in command[3]) points at it.
        foreach (var (item, i) in list.Children.Select((item, i) => (item, i)))
        {
            Map.Add(Paths.Item(path, i), item);
        }

        var items = list.Children.Select((item, i) => Text(item, Paths.Item(path, i))).ToList();
        return items.Contains(null) ? null : items.Select(i => i!).ToList();
    }

    public List<int>? WholeList(YamlNode node, string path, string example)
    {
        if (TextList(node, path, example) is null)
        {
            return null;
        }

        var items = ((YamlSequenceNode)node).Children.Select((item, i) => Whole<int>(item, Paths.Item(path, i))).ToList();
        return items.Contains(null) ? null : items.Select(i => i!.Value).ToList();
    }

    public Dictionary<string, string>? TextMap(YamlNode node, string path, string example)
    {
        if (Mapping(node, path, example) is not { } map)
        {
            return null;
        }

        return Entries(map, path).ToDictionary(e => e.Key, e => Text(e.Value, e.Path) ?? string.Empty);
    }

    /// <summary>The node as a mapping; null for an empty value, and null after reporting a list or a scalar.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string path, string example)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (!Nodes.IsNull(node))
        {
            Error(node, path, $"{Paths.Key(path)} must be a mapping, not {Nodes.Describe(node)}", $"write 'key: value' lines or braces, e.g. '{Paths.Key(path)}: {example}'");
        }

        return null;
    }
}
