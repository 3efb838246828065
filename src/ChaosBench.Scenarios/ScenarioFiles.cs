using ChaosBench.Model;

namespace ChaosBench.Scenarios;

/// <summary>
/// Scenario files named on the command line: a file as given, a folder searched for <c>*.yaml</c> / <c>*.yml</c> in
/// name order, leaving out Compose files (<c>*.compose.yaml</c>, <c>docker-compose.yml</c>, ...), which the scenarios
/// that name them load, and the image recipes kept in <c>recipes/</c> folders beside the scenarios. A linked folder
/// inside the one named is not searched: it may lead anywhere on the host (docs/trust.md); a linked file is listed,
/// and the loader refuses it if it leads out of its folder.
/// </summary>
public static class ScenarioFiles
{
    /// <summary>The file itself, or the scenario files under a folder; none when the path does not exist.</summary>
    public static IReadOnlyList<string> Of(string path) =>
        Directory.Exists(path)
            ? Under(path)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Where(f => !ComposeFiles.IsComposeFile(f) && !InRecipesFolder(path, f))
                .Order(StringComparer.Ordinal)
                .ToList()
            : File.Exists(path) ? [path] : [];

    private static IEnumerable<string> Under(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder).Where(d => new DirectoryInfo(d).LinkTarget is null).SelectMany(Under));

    /// <summary>Whether <paramref name="file"/> lies in a <c>recipes</c> folder below <paramref name="root"/>.</summary>
    private static bool InRecipesFolder(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains(RecipeReference.Folder, StringComparer.Ordinal);

    /// <summary>What to say when <see cref="Of"/> found nothing at <paramref name="path"/>.</summary>
    public static string Missing(string path) =>
        Directory.Exists(path)
            ? $"chaosbench: no *.yaml or *.yml file under '{path}'; fix: name a folder that holds scenarios"
            : $"chaosbench: no file or folder '{path}'; fix: check the path";
}
