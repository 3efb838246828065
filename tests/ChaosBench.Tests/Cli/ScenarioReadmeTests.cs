namespace ChaosBench.Tests.Cli;

/// <summary>The catalogue page lists every scenario the repository ships, and nothing that is gone.</summary>
public sealed class ScenarioReadmeTests
{
    private static readonly string Scenarios = Path.Combine(TestEnvironment.RepoRoot, "scenarios");

    [Test]
    public void Readme_EveryScenarioFile_HasItsRow()
    {
        // Given the catalogue page and the scenario files
        var readme = File.ReadAllText(Path.Combine(Scenarios, "README.md"));
        var files = Directory.GetFiles(Scenarios, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Scenarios, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').SkipLast(1).Contains("recipes")); // image recipes, which runs skip too

        // When each is looked for as a row's link
        var missing = files.Where(f => !readme.Contains($"]({f}) |", StringComparison.Ordinal)).ToList();

        // Then none is missing
        Assert.That(missing, Is.Empty, "add a row for each to scenarios/README.md");
    }

    [Test]
    public void Readme_EveryLink_NamesAnExistingFile()
    {
        var readme = File.ReadAllText(Path.Combine(Scenarios, "README.md"));

        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([\w./-]+\.yaml)\)").Select(m => m.Groups[1].Value).Distinct();

        Assert.That(links.Where(l => !File.Exists(Path.Combine(Scenarios, l))), Is.Empty);
    }
}
