using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// One file being read into options: the errors found so far, where each path was written, and which paths an
/// error already covers, so the validator does not report the same mistake a second time.
/// </summary>
internal sealed partial class ReadContext(string file)
{
    private readonly List<string> _covered = [];

    public string File { get; } = file;

    /// <summary>The kinds faults, expectations and the workload may name: their keys are the kinds' options.</summary>
    public Vocabulary Kinds { get; init; } = Vocabulary.Empty;

    public List<LocatedError> Errors { get; } = [];

    public SourceMap Map { get; } = new(file);

    /// <summary>
    /// The options lack part of what the file names (a Compose file that could not be read): validating them would
    /// only report that gap again, as every service it holds.
    /// </summary>
    public bool Incomplete { get; set; }

    /// <summary>
    /// Reports a problem at <paramref name="node"/>; it covers <paramref name="path"/> and everything under it. The
    /// node's text, where the message or fix quotes it, is cut to an <see cref="Excerpt"/>.
    /// </summary>
    public void Error(YamlNode node, string path, string message, string? fix)
    {
        var position = Position.Of(node.Start);
        Errors.Add(new LocatedError(File, position.Line, position.Column, Excerpt.Within(message, node)!, Excerpt.Within(fix, node)));
        _covered.Add(path);
    }

    /// <summary>
    /// Reports a problem with a whole entry: at its value when that is a written scalar, else at its key, where the
    /// validator's errors about it are located too.
    /// </summary>
    public void EntryError(YamlNode key, YamlNode value, string path, string message, string? fix) =>
        Error(value is YamlScalarNode && !Nodes.IsNull(value) ? value : key, path, message, fix);

    /// <summary>Marks <paramref name="path"/> as explained by an error already reported about another path.</summary>
    public void Cover(string path) => _covered.Add(path);

    /// <summary>Whether an error already reported covers <paramref name="path"/>: the path itself or one of its ancestors.</summary>
    public bool Covers(string path) => _covered.Any(c => Paths.IsWithin(path, c));

    /// <summary>Takes what <paramref name="other"/> (another file) knows about <paramref name="path"/> and the paths under it.</summary>
    public void Import(ReadContext other, string path)
    {
        Map.Import(other.Map, path);
        _covered.AddRange(other._covered.Where(c => Paths.IsWithin(c, path)));
    }

    /// <summary>
    /// Reports <paramref name="key"/> as unknown in <paramref name="where"/>, with the closest of <paramref name="known"/>. The
    /// key meant is missing only because of the typo, so "needs a ..." for it would repeat this error: it is covered.
    /// </summary>
    public void Unknown(YamlMappingNode map, YamlNode keyNode, string key, string path, string where, IReadOnlyCollection<string> known)
    {
        Error(keyNode, Paths.Child(path, key), $"unknown key '{key}' in {where}", Names.Suggest(key, known));
        if (Names.Closest(key, known) is { } meant && !map.Children.ContainsKey(new YamlScalarNode(meant)))
        {
            _covered.Add(Paths.Child(path, meant));
        }
    }

    /// <summary>Fills <paramref name="target"/> from <paramref name="map"/>; a key <paramref name="fields"/> does not know is an error.</summary>
    public void Fill<T>(YamlMappingNode map, string path, FieldReaders<T> fields, T target, string where)
    {
        foreach (var (key, keyNode, value, child) in Entries(map, path))
        {
            if (fields.TryGetValue(key, out var read))
            {
                read(this, value, child, target);
                continue;
            }

            Unknown(map, keyNode, key, path, where, fields.Keys);
        }
    }

    /// <summary>The entries of a mapping, each with its path; also those whose keys the user names (services, volumes).</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value, string Path)> Entries(YamlMappingNode map, string path)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, path) is { } key)
            {
                var child = Paths.Child(path, key);
                Map.Add(child, keyNode, value);
                yield return (key, keyNode, value, child);
            }
        }
    }

    /// <summary>The items of a list, each with its path; an empty value is an empty list.</summary>
    public IEnumerable<(YamlNode Item, string Path)> Items(YamlNode node, string path, string example)
    {
        if (Nodes.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Error(node, path, $"{Paths.Key(path)} must be a list, not {Nodes.Describe(node)}", $"write one '- ...' line per item, e.g. '{example}'");
            return [];
        }

        var items = list.Children.Select((item, i) => (Item: item, Path: Paths.Item(path, i))).ToList();
        foreach (var (item, itemPath) in items)
        {
            Map.Add(itemPath, item);
        }

        return items;
    }

    /// <summary>A key as text; keys that are lists or mappings are errors.</summary>
    private string? Key(YamlNode key, string path)
    {
        if (key is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        Error(key, path, $"a key must be a name, not {Nodes.Describe(key)}", "write 'name: value'");
        return null;
    }
}
