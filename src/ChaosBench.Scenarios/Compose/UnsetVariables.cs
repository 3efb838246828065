using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// The variables a Compose file uses unset, read as empty as Compose reads them, with where each is used; each
/// listed once however often it is used, so <c>plan</c> and <c>run.json</c> say what the run depended on.
/// </summary>
internal sealed class UnsetVariables
{
    private readonly Dictionary<string, List<Position>> _uses = new(StringComparer.Ordinal);

    public void Add(string name, Position at)
    {
        if (!_uses.TryGetValue(name, out var uses))
        {
            _uses[name] = uses = [];
        }

        uses.Add(at);
    }

    /// <summary>One line per variable, in the order of the file: <c>no_proxy: unset, read as empty, as Compose reads it (used at cvat.compose.yaml:12:27, 40:27)</c>.</summary>
    public IEnumerable<string> Describe(string file) =>
        _uses.Select(u => (u.Key, Uses: u.Value.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column).ToList()))
            .OrderBy(u => u.Uses[0].Line).ThenBy(u => u.Uses[0].Column)
            .Select(u => $"{u.Key}: unset, read as empty, as Compose reads it (used at {file}:{string.Join(", ", u.Uses.Select(p => $"{p.Line}:{p.Column}"))}); set it, or write ${{{u.Key}:-}} to say empty is meant");
}
