namespace ChaosBench.Cli;

/// <summary>The checkout the harness runs from: <c>CHAOSBENCH_HOME</c>, else the nearest folder up from here holding <c>fixtures/images</c>.</summary>
internal static class HarnessHome
{
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("CHAOSBENCH_HOME") is { Length: > 0 } home)
        {
            return home;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "fixtures", "images")))
                {
                    return dir.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }

    public static string Recipes => Path.Combine(Find(), "fixtures", "images");
}
