using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios;

public sealed class ScenarioFilesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-files-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Of_FolderWithRecipesBesideScenarios_LeavesTheRecipesOut()
    {
        // Given a user's folder: a scenario, a Compose file, and recipes beside them and one level down
        Directory.CreateDirectory(Path.Combine(_folder, "recipes"));
        Directory.CreateDirectory(Path.Combine(_folder, "nats", "recipes"));
        File.WriteAllText(Path.Combine(_folder, "nats", "restart.yaml"), "name: x\n");
        File.WriteAllText(Path.Combine(_folder, "app.compose.yaml"), "services: {}\n");
        File.WriteAllText(Path.Combine(_folder, "recipes", "valkey-8.1.yaml"), "product: valkey\n");
        File.WriteAllText(Path.Combine(_folder, "nats", "recipes", "nats-2.10.yaml"), "product: nats\n");

        // When the folder is searched for scenarios
        var files = ScenarioFiles.Of(_folder);

        // Then only the scenario is one
        Assert.That(files, Is.EqualTo(new[] { Path.Combine(_folder, "nats", "restart.yaml") }));
    }

    [Test]
    public void Of_FolderThatIsUnderARecipesFolder_StillFindsItsScenarios()
    {
        // Only a recipes folder below the folder named counts: a user may keep everything under ~/recipes/qa.
        var named = Directory.CreateDirectory(Path.Combine(_folder, "recipes", "qa")).FullName;
        File.WriteAllText(Path.Combine(named, "restart.yaml"), "name: x\n");

        Assert.That(ScenarioFiles.Of(named), Is.EqualTo(new[] { Path.Combine(named, "restart.yaml") }));
    }
}
