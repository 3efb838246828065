namespace ChaosBench.Scenarios.Reading;

/// <summary>Scenario paths as <see cref="Model.ScenarioValidator"/> writes them: <c>services.etcd.replicas</c>, <c>faults[1].kill.target</c>.</summary>
internal static class Paths
{
    public static string Child(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The enclosing path; the top level is the empty path.</summary>
    public static string Parent(string path) => path[..Math.Max(0, path.LastIndexOfAny(['.', '[']))];

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor || (path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[');

    /// <summary>The last key of a path, the word an error message uses: <c>replicas</c> for <c>services.etcd.replicas</c>.</summary>
    // An empty key (or one ending in a dot), or one with spaces at either end, is written quoted as YAML spells it:
    // bare, it would read as no word at all or as a message that starts with blanks.
    public static string Key(string path)
    {
        var key = path[(path.LastIndexOf('.') + 1)..];
        return key.Length > 0 && key.Trim().Length == key.Length ? key : $"\"{key}\"";
    }
}
