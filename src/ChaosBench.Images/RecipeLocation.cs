namespace ChaosBench.Images;

/// <summary>A recipe file found by a <see cref="RecipeCatalog"/>: its name, its full path and where it was found.</summary>
/// <param name="Name">The recipe's name: its file name without <c>.yaml</c>, e.g. <c>nats-2.10</c>.</param>
/// <param name="File">The full path of the recipe file; its <c>files:</c> are relative to its folder.</param>
/// <param name="Source">Where it was found.</param>
public sealed record RecipeLocation(string Name, string File, RecipeSource Source)
{
    /// <summary>Where it was found, in words: <c>built-in</c>, <c>recipes/ folder</c>, <c>CHAOSBENCH_RECIPES</c> or <c>named by path</c>.</summary>
    public string Origin => Source switch
    {
        RecipeSource.File => "named by path",
        RecipeSource.Nearby => "recipes/ folder",
        RecipeSource.Variable => RecipeFolders.Variable,
        _ => "built-in",
    };

    /// <summary>The file as a person reads it: relative to the working directory when below it, else in full.</summary>
    public string Shown
    {
        get
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, File);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? File : relative;
        }
    }
}
