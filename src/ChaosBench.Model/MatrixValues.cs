namespace ChaosBench.Model;

/// <summary>
/// How one combination of a scenario's <c>matrix:</c> is named: <c>redis=7.0</c>, or <c>from=6.0,to=7.0</c> for
/// several variables, in the order the file declares them; the scenario it expands to is <c>redis-kill[redis=7.0]</c>.
/// </summary>
public static class MatrixValues
{
    /// <summary>The combination as <c>NAME=VALUE,...</c>; empty for a scenario without a matrix.</summary>
    public static string Label(IReadOnlyDictionary<string, string> values) => string.Join(",", values.Select(v => $"{v.Key}={v.Value}"));

    /// <summary>The expansion's name: <paramref name="scenario"/> followed by the bracketed label, or the name alone without values.</summary>
    public static string Name(string scenario, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? scenario : $"{scenario}[{Label(values)}]";

    /// <summary>The name the file gives, without the bracketed label <see cref="Name"/> added.</summary>
    public static string BaseName(string name, IReadOnlyDictionary<string, string> values) =>
        values.Count > 0 && name.EndsWith(']') && name.LastIndexOf('[') is > 0 and var open ? name[..open] : name;
}
