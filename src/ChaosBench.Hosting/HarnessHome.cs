namespace ChaosBench.Hosting;

/// <summary>
/// Where the harness's own files are: the built-in image recipes (<c>fixtures/images</c>) and the engine bootstrap
/// (<c>ci/engine.sh</c>). That is <c>CHAOSBENCH_HOME</c> when set; else the application's own folder when it holds
/// them (the installed tool, or a test project given them by the <c>ChaosBench.Hosting</c> package); else the
/// checkout: the nearest folder holding <c>fixtures/images</c> above the working directory or the application.
/// </summary>
public static class HarnessHome
{
    /// <summary>The environment variable that names the home explicitly.</summary>
    public const string Variable = "CHAOSBENCH_HOME";

    /// <summary>The home, else the working directory (where a missing recipe is then reported).</summary>
    public static string Find() => TryFind() ?? Environment.CurrentDirectory;

    /// <summary>
    /// <c>CHAOSBENCH_HOME</c>, else the application's folder when it holds <c>fixtures/images</c>, else the nearest
    /// folder holding <c>fixtures/images</c> up from the working directory, the application's directory, or any of
    /// <paramref name="startingPoints"/>; null when there is none.
    /// </summary>
    public static string? TryFind(params IEnumerable<string> startingPoints)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } home)
        {
            return home;
        }

        // The tool's own recipes come first: run inside some other checkout, it still builds what it shipped with.
        if (Directory.Exists(RecipesOf(AppContext.BaseDirectory)))
        {
            return Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory }.Concat(startingPoints))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(RecipesOf(dir.FullName)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The built-in image recipes of <see cref="Find"/>.</summary>
    public static string Recipes => RecipesOf(Find());

    /// <summary>The built-in image recipes of the home <paramref name="home"/>.</summary>
    public static string RecipesOf(string home) => Path.Combine(home, "fixtures", "images");

    /// <summary>The engine bootstrap script of the home <paramref name="home"/>: installs and starts an engine when none answers.</summary>
    public static string EngineScriptOf(string home) => Path.Combine(home, "ci", "engine.sh");
}
