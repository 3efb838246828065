using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>
/// Where each scenario path was written, so that errors found on the options get a file, line and column. Paths
/// read from another file (a Compose file's services) keep that file.
/// </summary>
internal sealed class SourceMap(string file)
{
    private readonly Dictionary<string, (string File, Position Position)> _positions = [];

    // What was written at a path when it is a scalar: the text an error about it may quote (Excerpt).
    private readonly Dictionary<string, string> _texts = [];

    /// <summary>Records a key: at its value when that is a written scalar (errors are about the value), else at the key.</summary>
    public void Add(string path, YamlNode key, YamlNode value)
    {
        var scalar = value is YamlScalarNode && !Nodes.IsNull(value);
        _positions[path] = (file, Position.Of(scalar ? value.Start : key.Start));
        Remember(path, scalar ? value : key);
    }

    public void Add(string path, YamlNode node)
    {
        _positions[path] = (file, Position.Of(node.Start));
        Remember(path, node);
    }

    /// <summary>The scalar written at <paramref name="path"/> (or its closest written ancestor), if it is one.</summary>
    public string? Text(string path)
    {
        for (; !_positions.ContainsKey(path); path = Paths.Parent(path))
        {
            if (path.Length == 0)
            {
                return null;
            }
        }

        return _texts.GetValueOrDefault(path);
    }

    private void Remember(string path, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > Excerpt.MaxLength } text })
        {
            _texts[path] = text;
        }
        else
        {
            _texts.Remove(path);
        }
    }

    /// <summary>
    /// Takes <paramref name="path"/> and every path under it from <paramref name="other"/>, with their file, as
    /// <paramref name="into"/> (the same path by default: a network that is a Compose file's second may be the third here).
    /// </summary>
    public void Import(SourceMap other, string path, string? into = null)
    {
        foreach (var (key, location) in other._positions.Where(p => Paths.IsWithin(p.Key, path)).ToList())
        {
            _positions[(into ?? path) + key[path.Length..]] = location;
            if (other._texts.TryGetValue(key, out var text))
            {
                _texts[(into ?? path) + key[path.Length..]] = text;
            }
        }
    }

    /// <summary>Where <paramref name="path"/> was written, else its closest written ancestor: a missing key points at its parent.</summary>
    public (string File, Position Position) Locate(string path)
    {
        for (; !_positions.ContainsKey(path); path = Paths.Parent(path))
        {
            if (path.Length == 0)
            {
                return (file, Position.Start);
            }
        }

        return _positions[path];
    }
}
