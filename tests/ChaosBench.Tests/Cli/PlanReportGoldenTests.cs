using ChaosBench.Cli;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The plan of every scenario under <c>scenarios/incidents/</c> (and of the placeholders in
/// <c>tests/ChaosBench.Tests/Plans/Scenarios/</c>) on a machine that has none of their images and none of their
/// variables, compared with <c>tests/ChaosBench.Tests/Plans/NAME.plan</c>: what such a machine is told is missing.
/// Regenerate with <c>CHAOSBENCH_UPDATE_GOLDEN=1 dotnet test tests/ChaosBench.Tests --filter PlanReportGoldenTests</c>.
/// </summary>
public sealed class PlanReportGoldenTests
{
    private const string Folder = "tests/ChaosBench.Tests/Plans";
    private const long Seed = 7;

    public static IEnumerable<TestCaseData> Scenarios() =>
        new[] { "scenarios/incidents", $"{Folder}/Scenarios" }
            .Select(f => Path.Combine(TestEnvironment.RepoRoot, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(TestEnvironment.RepoRoot, f)).SetName($"Plan_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Scenarios))]
    public async Task Render_NothingOnTheEngineNoVariables_MatchesTheGoldenPlan(string file)
    {
        // Given the scenario, an engine with none of its images, and no environment variables
        var scenario = TestKinds.Loader.Load(Path.Combine(TestEnvironment.RepoRoot, file), _ => null);
        var report = new PlanReport(FixedImageLookup.Nothing, _ => null, TestEnvironment.Recipes);

        // When its plan is rendered with a fixed seed, paths made relative to the repository
        var plan = (await report.RenderAsync(scenario, Seed, new Dictionary<string, string>(), CancellationToken.None))
            .Replace(TestEnvironment.RepoRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

        // Then it is the checked-in plan, byte for byte
        var name = Path.GetFileNameWithoutExtension(file);
        var golden = Path.Combine(TestEnvironment.RepoRoot, Folder, name + ".plan");
        if (Environment.GetEnvironmentVariable("CHAOSBENCH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, plan);
        }

        if (!File.Exists(golden))
        {
            Assert.Fail($"{file} has no golden plan {Folder}/{name}.plan; fix: create it with CHAOSBENCH_UPDATE_GOLDEN=1 dotnet test tests/ChaosBench.Tests --filter PlanReportGoldenTests, read it (every MISSING line must say how to provide what is missing), and commit it");
        }

        var expected = await File.ReadAllTextAsync(golden);
        Assert.That(plan, Is.EqualTo(expected), $"the plan of {file} differs from {Folder}/{name}.plan; if the change is intended, regenerate it with CHAOSBENCH_UPDATE_GOLDEN=1 dotnet test tests/ChaosBench.Tests --filter PlanReportGoldenTests and review the diff");
    }

    [Test]
    public void Goldens_EachHasItsScenario()
    {
        // Given the golden plans and the scenarios they are for
        var scenarios = Scenarios().Select(c => Path.GetFileNameWithoutExtension((string)c.Arguments[0]!));
        var goldens = Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, Folder), "*.plan").Select(Path.GetFileNameWithoutExtension);

        // Then none is left over from a scenario renamed or removed
        Assert.That(goldens, Is.SubsetOf(scenarios));
    }
}
