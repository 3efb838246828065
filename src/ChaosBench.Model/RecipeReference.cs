namespace ChaosBench.Model;

/// <summary>
/// What follows <c>recipe:</c> in an image reference: a recipe's name, looked up in the <c>recipes/</c> folders
/// near the scenario, then the <c>CHAOSBENCH_RECIPES</c> folders, then the built-in ones (<c>recipe:nats-2.10</c>);
/// or a recipe file by its path relative to the scenario file (<c>recipe:./recipes/nats-2.10.yaml</c>).
/// </summary>
public static class RecipeReference
{
    /// <summary>The folder beside (or above) a scenario that holds a user's recipes; scenario discovery leaves it out.</summary>
    public const string Folder = "recipes";

    /// <summary>Whether <paramref name="recipe"/> names a file, not a recipe by name: it holds a '/' or ends in <c>.yaml</c> / <c>.yml</c>.</summary>
    public static bool IsFile(string recipe) =>
        recipe.Contains('/', StringComparison.Ordinal)
        || recipe.EndsWith(".yaml", StringComparison.Ordinal)
        || recipe.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>
    /// The full path of the recipe file <paramref name="recipe"/> names: relative to the folder of
    /// <paramref name="scenarioFile"/>, or to the working directory for a scenario built in C# (no file). <c>..</c> is
    /// resolved, symbolic links are not: a check that the file stays inside the scenario's folder tree resolves them on
    /// the host. The one place a recipe path is turned into a file, for the image builder, <c>plan</c> and such checks.
    /// </summary>
    public static string FileOf(string recipe, string? scenarioFile)
    {
        var folder = scenarioFile is null
            ? Environment.CurrentDirectory
            : Path.GetDirectoryName(Path.GetFullPath(scenarioFile)) ?? Environment.CurrentDirectory;
        return Path.GetFullPath(recipe, folder);
    }
}
