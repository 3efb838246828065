namespace ChaosBench.Hosting;

/// <summary>The checkout the harness runs from: <c>CHAOSBENCH_HOME</c>, else the nearest folder up from here holding <c>fixtures/images</c>.</summary>
public static class HarnessHome
{
    /// <summary>The environment variable that names the checkout explicitly.</summary>
    public const string Variable = "CHAOSBENCH_HOME";

    /// <summary>The checkout, else the working directory (where a missing recipe is then reported).</summary>
    public static string Find() => TryFind() ?? Environment.CurrentDirectory;

    /// <summary>
    /// <c>CHAOSBENCH_HOME</c>, else the nearest folder holding <c>fixtures/images</c> up from the working directory,
    /// the application's directory, or any of <paramref name="startingPoints"/>; null when there is none.
    /// </summary>
    public static string? TryFind(params IEnumerable<string> startingPoints)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } home)
        {
            return home;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory }.Concat(startingPoints))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "fixtures", "images")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The image recipes of <see cref="Find"/>.</summary>
    public static string Recipes => RecipesOf(Find());

    /// <summary>The image recipes of the checkout <paramref name="home"/>.</summary>
    public static string RecipesOf(string home) => Path.Combine(home, "fixtures", "images");
}
