using System.Text;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Matrix;

/// <summary>
/// <c>${matrix.NAME}</c> in any value of a scenario file (not in keys, not in the Compose file it names) stands for
/// that variable's value in each expansion. The substitution happens on the parsed YAML, before the file is read
/// into options, so every later error keeps its line and column. <c>$$</c> stays as written: it is the escape of
/// the <c>${VAR}</c> interpolation that some values go through afterwards.
/// </summary>
internal static class MatrixSubstitution
{
    private const string Opening = "${matrix.";

    /// <summary>
    /// Reports every <c>${matrix.NAME}</c> that names no declared variable (or is malformed, or is in a key), and
    /// every declared variable no value uses.
    /// </summary>
    public static void Check(ReadContext context, YamlMappingNode root, ScenarioMatrix? matrix)
    {
        var declared = matrix?.Variables ?? new Dictionary<string, YamlNode>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path, isKey) in Scalars(root, string.Empty, isKey: false, Seen()))
        {
            var (_, names, problem) = Replace(((YamlScalarNode)node).Value!, name => declared.ContainsKey(name) ? string.Empty : null);
            used.UnionWith(names.Where(declared.ContainsKey));
            if (problem is not null)
            {
                context.Error(node, path, $"{Paths.Key(path)}: {problem}", "write ${matrix.NAME}, e.g. 'image: recipe:redis-${matrix.redis}'");
            }
            else if (isKey && names.Count > 0)
            {
                context.Error(node, path, $"'${{matrix.{names[0]}}}' is in a key, and matrix values are substituted only in values", "move it into a value, e.g. an image's 'use:'");
            }
            else if (names.FirstOrDefault(n => !declared.ContainsKey(n)) is { } unknown)
            {
                var fix = matrix is null ? $"declare it, e.g. 'matrix: {{ {unknown}: [\"7.0\"] }}'" : Model.Names.Closest(unknown, declared.Keys) is { } meant ? $"did you mean '${{matrix.{meant}}}'?" : $"use one of: {string.Join(", ", declared.Keys.Select(k => $"${{matrix.{k}}}"))}";
                context.Error(node, path, $"'${{matrix.{unknown}}}' names no matrix variable", fix);
            }
        }

        foreach (var (name, keyNode) in declared.Where(v => !used.Contains(v.Key)))
        {
            context.Error(keyNode, Paths.Child(MatrixReader.Key, name), $"matrix variable '{name}' is used nowhere, so its runs would all be the same", $"write '${{matrix.{name}}}' where its value goes, or remove it");
        }
    }

    /// <summary>Replaces each <c>${matrix.NAME}</c> in <paramref name="root"/>'s values by <paramref name="values"/>' value; <see cref="Check"/> has passed.</summary>
    public static void Apply(YamlMappingNode root, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (node, _, _) in Scalars(root, string.Empty, isKey: false, Seen()).Where(s => !s.IsKey).ToList())
        {
            var scalar = (YamlScalarNode)node;
            scalar.Value = Replace(scalar.Value!, name => values.GetValueOrDefault(name)).Text;
        }
    }

    /// <summary>
    /// Every scalar with text under <paramref name="node"/> but the <c>matrix:</c> section itself, each once: an
    /// aliased node is one node wherever it is used, and walking it at every use would make ten levels of ten aliases
    /// (the "billion laughs") ten billion visits.
    /// </summary>
    private static IEnumerable<(YamlNode Node, string Path, bool IsKey)> Scalars(YamlNode node, string path, bool isKey, HashSet<YamlNode> seen)
    {
        if (!seen.Add(node))
        {
            yield break;
        }

        switch (node)
        {
            case YamlScalarNode { Value: not null }:
                yield return (node, path, isKey);
                break;
            case YamlSequenceNode list:
                foreach (var found in list.Children.SelectMany((item, i) => Scalars(item, Paths.Item(path, i), isKey: false, seen)))
                {
                    yield return found;
                }

                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children.Where(e => !(path.Length == 0 && e.Key is YamlScalarNode { Value: MatrixReader.Key })))
                {
                    var child = Paths.Child(path, (key as YamlScalarNode)?.Value ?? string.Empty);
                    foreach (var found in Scalars(key, child, isKey: true, seen).Concat(Scalars(value, child, isKey: false, seen)))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static HashSet<YamlNode> Seen() => new(ReferenceEqualityComparer.Instance);

    /// <summary>The text with each <c>${matrix.NAME}</c> that <paramref name="lookup"/> knows replaced; the names found; what is malformed.</summary>
    private static (string Text, List<string> Names, string? Problem) Replace(string text, Func<string, string?> lookup)
    {
        var result = new StringBuilder(text.Length);
        var names = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '$')
            {
                result.Append("$$");
                i++;
            }
            else if (string.CompareOrdinal(text, i, Opening, 0, Opening.Length) == 0)
            {
                var end = text.IndexOf('}', i);
                if (end < 0)
                {
                    return (text, names, $"'{Opening}' at character {i + 1} has no closing '}}'");
                }

                var name = text[(i + Opening.Length)..end];
                names.Add(name);
                result.Append(lookup(name) ?? text[i..(end + 1)]);
                i = end;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return (result.ToString(), names, null);
    }
}
