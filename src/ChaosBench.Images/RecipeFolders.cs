using ChaosBench.Model;

namespace ChaosBench.Images;

/// <summary>The folders recipes are looked up in besides the built-in ones: <c>recipes/</c> near a scenario, and <c>CHAOSBENCH_RECIPES</c>.</summary>
public static class RecipeFolders
{
    /// <summary>The environment variable naming more recipe folders, separated by ':' as in <c>PATH</c>.</summary>
    public const string Variable = "CHAOSBENCH_RECIPES";

    /// <summary>The name of the folder next to a scenario (or above it) that holds a user's recipes.</summary>
    public const string FolderName = RecipeReference.Folder;

    /// <summary>
    /// The <c>recipes/</c> folders in <paramref name="folder"/> and each of its parents, nearest first, up to the
    /// repository root (the folder holding <c>.git</c>) or else the file system's root; only those that exist.
    /// </summary>
    public static IReadOnlyList<string> Nearby(string folder)
    {
        var found = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var recipes = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(recipes))
            {
                found.Add(recipes);
            }

            // A worktree or submodule has a .git file, a clone a .git folder: either way this is the repository's root.
            if (Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The folders <paramref name="value"/> (the variable's value) names, in order: empty entries are skipped, relative
    /// ones are taken from the working directory.
    /// </summary>
    public static IReadOnlyList<string> Named(string? value) =>
        (value ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
