using System.Text.Json.Nodes;
using ChaosBench.Hosting;

namespace ChaosBench.Tests.Install;

/// <summary>
/// The tool as a QA team gets it: packed, installed with <c>dotnet tool install</c> from the package folder only, and
/// run in a folder of their own, far from this repository.
/// </summary>
[CancelAfter(900_000)]
public sealed class InstalledToolTests
{
    private static readonly string Samples = Path.Combine(TestEnvironment.RepoRoot, "samples", "nats");

    private string _tools = null!;
    private string _folder = null!;

    private string Tool => Path.Combine(_tools, "chaosbench");

    [OneTimeSetUp]
    public async Task InstallTool()
    {
        var packages = await PackagesFixture.FolderAsync();
        _tools = Directory.CreateTempSubdirectory("chaosbench-tool-").FullName;
        var (exit, stdout, stderr) = await ChildProcess.RunAsync(
            "dotnet", ["tool", "install", "chaosbench", "--tool-path", _tools, "--source", packages, "--version", PackagesFixture.Version], _tools,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_tools, ".nuget") });
        Assert.That(exit, Is.Zero, stdout + stderr);
    }

    [OneTimeTearDown]
    public void UninstallTool() => Directory.Delete(_tools, recursive: true);

    [SetUp]
    public void CreateUserFolder()
    {
        // Given an empty folder outside the repository
        _folder = Directory.CreateTempSubdirectory("chaosbench-user-").FullName;
        Assert.That(_folder, Does.Not.StartWith(TestEnvironment.RepoRoot));
    }

    [TearDown]
    public void DeleteUserFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    [Category("Docker")]
    public async Task Run_ScenarioAndItsRecipeInAFolderOfTheirOwn_PassesBuildsTheRecipeAndWritesRunsThere()
    {
        // Given the NATS scenario and its recipe, the recipe changed by a comment so that no earlier image serves it
        File.Copy(Path.Combine(Samples, "kill-restart.yaml"), Path.Combine(_folder, "kill-restart.yaml"));
        Directory.CreateDirectory(Path.Combine(_folder, "recipes"));
        var recipe = Path.Combine(_folder, "recipes", "nats-2.10.yaml");
        await File.WriteAllTextAsync(recipe, await File.ReadAllTextAsync(Path.Combine(Samples, "recipes", "nats-2.10.yaml")) + $"# {Guid.NewGuid()}\n");
        var tag = TestEnvironment.Recipes.ForScenario(Path.Combine(_folder, "kill-restart.yaml")).Get("nats-2.10").Tag;

        try
        {
            // When the installed tool runs it there
            var (exit, stdout, stderr) = await ChildProcess.RunAsync(Tool, ["run", ".", "--seed", "7"], _folder);

            // Then it passed, building the user's recipe into an image of its own, and the run folder is in ./runs
            Assert.That(exit, Is.Zero, stdout + stderr);
            Assert.That(stdout + stderr, Does.Contain($"building {tag} from recipe recipes/nats-2.10.yaml (trixie: nats-server)"));
            var run = Directory.GetDirectories(Path.Combine(_folder, "runs")).Single();
            var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(run, "run.json")))!;
            Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
            Assert.That(record["images"]![0]!["source"]!.GetValue<string>(), Is.EqualTo($"recipe {recipe}"));
            Assert.That(record["images"]![0]!["packages"]!["nats-server"]!.GetValue<string>(), Does.StartWith("2.10."));
            Assert.That(record["environment"]!["harnessVersion"]!.GetValue<string>(), Is.EqualTo(HarnessBuild.Version));
        }
        finally
        {
            // The image is this test's own: its tag carries the hash of a recipe no one else has.
            using var engine = TestEnvironment.Engine();
            if (await engine.Images.InspectAsync(tag) is not null)
            {
                await engine.Images.RemoveAsync(tag);
            }
        }
    }

    [Test]
    public async Task LintAndPlan_InAnEmptyFolderWithNoEngine_UseTheToolsOwnRecipesAndNeverStartAnEngine()
    {
        // Given a scenario on a built-in recipe, and no engine at DOCKER_HOST
        await File.WriteAllTextAsync(Path.Combine(_folder, "s.yaml"), "name: s\nduration: 5s\nservices:\n  etcd: { image: recipe:etcd-3.5 }\n");
        var noEngine = new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:1" };

        // When it is linted and planned
        var lint = await ChildProcess.RunAsync(Tool, ["lint", "."], _folder, noEngine);
        var plan = await ChildProcess.RunAsync(Tool, ["plan", "s.yaml", "--seed", "1"], _folder, noEngine);

        // Then both work from the tool's own recipes, and neither tries to start an engine
        Assert.That(lint.ExitCode, Is.Zero, lint.Stdout + lint.Stderr);
        Assert.That(plan.ExitCode, Is.Zero, plan.Stdout + plan.Stderr);
        Assert.That(plan.Stdout, Does.Contain("  recipe:etcd-3.5: built offline from fixtures/images/etcd-3.5.yaml when missing\n"));
        Assert.That(lint.Stderr + plan.Stderr, Does.Not.Contain("engine.sh"));
    }

    [Test]
    public async Task ImagesList_NoEngineAnswers_RunsTheEngineBootstrapTheToolCarries()
    {
        // Given no engine at DOCKER_HOST, one the bootstrap cannot start either
        var noEngine = new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:1" };

        // When a command that needs an engine runs
        var (exit, _, stderr) = await ChildProcess.RunAsync(Tool, ["images", "list"], _folder, noEngine);

        // Then the tool ran the ci/engine.sh it carries, which said why it could not help, and the command errored
        Assert.That(exit, Is.EqualTo(3), stderr);
        Assert.That(stderr, Does.Match(@"chaosbench: no engine answers; running /\S+/tools/net10\.0/any/ci/engine\.sh\n"));
        Assert.That(stderr, Does.Contain("engine.sh: no engine answers at DOCKER_HOST=tcp://127.0.0.1:1"));
        Assert.That(stderr, Does.Contain("chaosbench: the engine bootstrap").And.Contain("exited 1; fix:"));
    }
}
