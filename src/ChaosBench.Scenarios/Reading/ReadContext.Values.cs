using System.Globalization;
using System.Numerics;
using ChaosBench.Model;
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

    public TimeSpan? Duration(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        var (message, fix) = text switch
        {
            _ when double.TryParse(text, CultureInfo.InvariantCulture, out _) => ($"'{text}' has no unit", $"write e.g. '{text}s' (or {text}ms, {text}m)"),
            ['-', .. var rest] when Durations.TryParse(rest, out _) => ($"'{text}' is negative", $"write a positive duration, e.g. '{rest}'"),
            _ => ($"'{text}' is not a duration", "write e.g. 500ms, 5s, 1.5s, 2m or 1m30s"),
        };
        Error(node, path, $"{Paths.Key(path)}: {message}", fix);
        return null;
    }

    public double? Number(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Error(node, path, $"{Paths.Key(path)} must be a number, not '{text}'", $"write e.g. '{Paths.Key(path)}: 0.5'");
        return null;
    }

    public bool? Flag(YamlNode node, string path)
    {
        switch (Text(node, path))
        {
            case null:
                return null;
            case "true" or "True" or "TRUE" or "yes":
                return true;
            case "false" or "False" or "FALSE" or "no":
                return false;
            case var text:
                Error(node, path, $"{Paths.Key(path)} must be true or false, not '{text}'", $"write '{Paths.Key(path)}: true'");
                return null;
        }
    }

    public double? Rate(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (Rates.TryParse(text, out var perSecond))
        {
            return perSecond;
        }

        Error(node, path, $"rate: '{text}' is not a rate", "write operations per second or per minute, e.g. 200/s or 12000/m");
        return null;
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
