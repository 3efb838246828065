using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.Images;

namespace ChaosBench.Tests;

/// <summary>The real engine, the repository's recipes, and images built once per test run.</summary>
internal static class TestEnvironment
{
    private static readonly Dictionary<string, Task<BuiltImage>> Builds = [];

    public static string RepoRoot { get; } = FindRepoRoot();

    public static RecipeCatalog Recipes { get; } = new(Path.Combine(RepoRoot, "fixtures", "images"));

    public static DockerEngine Engine() => new();

    /// <summary>The image for <paramref name="recipe"/>, built on first use (a cache hit when already built).</summary>
    public static Task<BuiltImage> ImageAsync(string recipe)
    {
        lock (Builds)
        {
            if (!Builds.TryGetValue(recipe, out var build))
            {
                build = Builds[recipe] = BuildAsync(recipe);
            }

            return build;
        }
    }

    /// <summary>A fresh run whose objects the test's <c>await using</c> removes.</summary>
    public static RunResources NewRun(IContainerEngine engine) => new(engine, "test-" + Guid.NewGuid().ToString("N")[..12]);

    private static async Task<BuiltImage> BuildAsync(string recipe)
    {
        using var engine = Engine();
        return await new ImageBuilder(engine, Recipes, new ImageBuildOptions { Progress = TestContext.Progress.WriteLine }).EnsureAsync(recipe);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChaosBench.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("tests run outside the repository: no ChaosBench.sln above " + AppContext.BaseDirectory);
    }
}
