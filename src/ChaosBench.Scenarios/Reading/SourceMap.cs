using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary>Where each scenario path was written, so that errors found on the options get a line and column.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, Position> _positions = [];

    /// <summary>Records a key: at its value when that is a written scalar (errors are about the value), else at the key.</summary>
    public void Add(string path, YamlNode key, YamlNode value) =>
        _positions[path] = Position.Of(value is YamlScalarNode && !Nodes.IsNull(value) ? value.Start : key.Start);

    public void Add(string path, YamlNode node) => _positions[path] = Position.Of(node.Start);

    /// <summary>Where <paramref name="path"/> was written, else its closest written ancestor: a missing key points at its parent.</summary>
    public Position Locate(string path)
    {
        for (; !_positions.ContainsKey(path); path = Paths.Parent(path))
        {
            if (path.Length == 0)
            {
                return Position.Start;
            }
        }

        return _positions[path];
    }
}
