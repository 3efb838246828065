namespace ChaosBench.Cli;

/// <summary>Scenario files named on the command line: files as given, folders searched for <c>*.yaml</c> / <c>*.yml</c> in name order.</summary>
internal static class ScenarioFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                : [path])
            .ToList();
}
