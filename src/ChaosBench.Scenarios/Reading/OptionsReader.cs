using System.Collections;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// Fills a kind's options from YAML by its <see cref="OptionsShape"/>: each key is an option, each value read as the
/// option's type, a key the shape does not know an error. No kind's keys are listed here.
/// </summary>
internal static class OptionsReader
{
    /// <summary>
    /// Fills <paramref name="target"/> from <paramref name="map"/>. A key the shape lacks goes to <paramref name="other"/>
    /// when given and it returns true (a key of the timeline's, or of another kind); else it is an unknown key.
    /// </summary>
    /// <param name="where">How the error names the mapping: <c>in kill</c>, <c>in http.write</c>.</param>
    public static void Fill(ReadContext context, OptionsShape shape, YamlMappingNode map, string path, object target, string where, Func<string, YamlNode, YamlNode, string, bool>? other = null, IReadOnlyList<string>? known = null)
    {
        foreach (var (key, keyNode, value, child) in context.Entries(map, path))
        {
            if (shape.Find(key) is { } field)
            {
                Set(context, field, target, value, child);
            }
            else if (other?.Invoke(key, keyNode, value, child) != true)
            {
                context.Unknown(map, keyNode, key, path, where, known ?? [.. shape.Keys]);
            }
        }
    }

    /// <summary>Reads <paramref name="node"/> into <paramref name="field"/>; an empty value leaves its default.</summary>
    public static void Set(ReadContext context, OptionField field, object target, YamlNode node, string path)
    {
        if (Value(context, field.Type, field.Example, node, path) is { } value)
        {
            field.Set(target, value);
        }
    }

    /// <summary>The value <paramref name="node"/> holds as <paramref name="type"/>; null when empty, or after reporting what is wrong with it.</summary>
    private static object? Value(ReadContext context, OptionType type, string? example, YamlNode node, string path) => type switch
    {
        ScalarType scalar => context.Scalar(scalar, node, path),
        ListType list => List(context, list, example, node, path),
        MapType map => Map(context, map, example, node, path),
        NestedType nested => Nested(context, nested, example, node, path),
        _ => throw new InvalidOperationException($"no reader for {type.GetType().Name}"),
    };

    private static IList? List(ReadContext context, ListType type, string? example, YamlNode node, string path)
    {
        if (Nodes.IsNull(node))
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            context.Error(node, path, $"{Paths.Key(path)} must be a list, not {Nodes.Describe(node)}", $"write e.g. '{Paths.Key(path)}: {example ?? "[...]"}'");
            return null;
        }

        var items = sequence.Children.Select((item, i) => Value(context, type.Element, null, item, Paths.Item(path, i))).ToList();
        if (items.Contains(null))
        {
            return null;
        }

        var list = type.Create();
        items.ForEach(i => list.Add(i));
        return list;
    }

    private static IDictionary? Map(ReadContext context, MapType type, string? example, YamlNode node, string path)
    {
        if (context.Mapping(node, path, example ?? "{ name: value }") is not { } mapping)
        {
            return null;
        }

        var map = type.Create();
        foreach (var (key, _, value, child) in context.Entries(mapping, path))
        {
            // An empty value in a mapping of texts is an empty text, as a Compose file's is.
            map[key] = Value(context, type.Element, null, value, child) ?? (type.Element is TextType ? string.Empty : null);
        }

        return map;
    }

    private static object? Nested(ReadContext context, NestedType type, string? example, YamlNode node, string path)
    {
        if (context.Mapping(node, path, example ?? "{ ... }") is not { } mapping)
        {
            return null;
        }

        var options = type.Shape.Create();

        // Errors name it by its path below the section: 'in http.write' under 'workload'.
        Fill(context, type.Shape, mapping, path, options, path[(path.IndexOf('.') + 1)..]);
        return options;
    }
}
