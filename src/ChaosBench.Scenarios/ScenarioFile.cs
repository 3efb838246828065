using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios;

/// <summary>The options read from one scenario file, and where each of them was written.</summary>
public sealed class ScenarioFile
{
    private readonly SourceMap _map;

    internal ScenarioFile(string file, ScenarioOptions options, SourceMap map)
    {
        File = file;
        Options = options;
        _map = map;
    }

    /// <summary>The file as the caller named it.</summary>
    public string File { get; }

    /// <summary>The options as written, not yet validated: a caller may adjust them before <see cref="Scenario.From"/>.</summary>
    public ScenarioOptions Options { get; }

    /// <summary>Values the files interpolated from a secret: secret wherever they land (<see cref="Scenario.SecretValues"/>).</summary>
    public IReadOnlyList<string> SecretValues { get; internal init; } = [];

    /// <summary>
    /// Where <paramref name="error"/> is: the node its path names, else the closest enclosing node (a missing
    /// <c>name</c> points at the top-level mapping); a service read from a Compose file is located in that file.
    /// </summary>
    public LocatedError Locate(ScenarioError error)
    {
        var (file, position) = _map.Locate(error.Path);
        var written = _map.Text(error.Path);
        return new LocatedError(file, position.Line, position.Column, Excerpt.Within(error.Message, written)!, Excerpt.Within(error.Fix, written));
    }
}
