using ChaosBench.Model;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeLoaderTests : ComposeFixture
{
    [Test]
    public void Load_ComposeWithDefaults_BuildsTheScenarioWithInterpolatedValues()
    {
        // Given the acceptance case: a Compose file using ${VAR:-x}, its variable unset
        Folder.Write("app.compose.yaml", "services:\n  cache:\n    image: recipe:redis-${REDIS_VERSION:-7.0}\n    command: redis-server --appendonly ${AOF:-yes}\n");
        Folder.Write("scenario.yaml", ComposeFolder.Scenario);

        // When the scenario is loaded and validated
        var scenario = TestKinds.Loader.Load(Folder.ScenarioPath, Folder.Environment.GetValueOrDefault);

        // Then the service runs the defaults
        var cache = scenario.Service("cache");
        Assert.That(cache.Image, Is.EqualTo("recipe:redis-7.0"));
        Assert.That(cache.Command, Is.EqualTo(new[] { "redis-server", "--appendonly", "yes" }));
    }

    [Test]
    public void Load_UnsupportedKey_FailsAtItsPlaceInTheComposeFile()
    {
        // Given a key ChaosBench does not honour
        var compose = "services:\n  db:\n    image: recipe:postgresql-17\n    privileged: true\n";

        // When it is loaded
        var errors = Folder.Errors(compose);

        // Then the error names the Compose file, the line and column, and why
        Assert.That(errors, Is.EqualTo(new[] { "app.compose.yaml:4:5: unsupported Compose key 'privileged' in service 'db'; fix: a privileged container has every capability and every device of the host, and cap_add: ALL is refused even with --allow-host, so this is too (docs/trust.md): add only the capabilities needed with 'cap_add'" }));
    }

    [Test]
    public void Load_ValidatorErrorsAboutComposeServices_PointIntoTheComposeFile()
    {
        // Given a Compose file the validator objects to: a relative mount path, a service without an image
        var compose = "services:\n  app:\n    image: x\n    volumes: [/data, \"data:relative\"]\n  db:\n    environment: { A: b }\nvolumes: { data: }\n";

        // When it is loaded
        var errors = Folder.Errors(compose);

        // Then each is located on the Compose line that caused it
        Assert.That(errors, Is.EqualTo(new[]
        {
            "app.compose.yaml:4:22: a volume needs an absolute mount path; fix: write e.g. 'data: /var/lib/app'",
            "app.compose.yaml:5:3: a service needs an image; fix: add e.g. 'image: recipe:etcd-3.4' or an image reference",
        }));
    }

    [Test]
    public void Load_ServiceInBothFiles_IsAnErrorAtTheComposeKey()
    {
        // Given a scenario defining a service the Compose file defines too
        var scenario = ComposeFolder.Scenario + "services:\n  app: { image: y }\n";

        // When it is loaded
        var errors = Folder.Errors("services:\n  app: { image: x }\n", scenario);

        // Then the scenario's compose key says where the other one is
        Assert.That(errors, Is.EqualTo(new[] { "scenario.yaml:3:1: service 'app' is defined both under services: and in app.compose.yaml:2:3; fix: rename one of them, or remove it from services:" }));
    }

    [TestCase("compose: missing.yaml", "scenario.yaml:3:10: no Compose file 'missing.yaml'")]
    [TestCase("compose: ${NOWHERE}", "scenario.yaml:3:10: compose: variable NOWHERE is not set; fix: set NOWHERE, or write ${NOWHERE:-default.compose.yaml}")]
    public void Load_ComposeFileNotFound_IsAnErrorAtTheValue(string line, string expected)
    {
        // Given a scenario whose compose path leads nowhere
        var scenario = ComposeFolder.Scenario.Replace("compose: app.compose.yaml", line, StringComparison.Ordinal);

        // When it is loaded
        var errors = Folder.Errors("services: {}\n", scenario).ToList();

        // Then the value is pointed at, and nothing else is reported: without the file the services are unknown
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith(expected));
    }

    [Test]
    public void Load_ErrorsInBothFiles_ScenarioFirstThenComposeByPosition()
    {
        // Given errors in the scenario and in the Compose file
        var scenario = ComposeFolder.Scenario + "sed: 1\n";
        var compose = "services:\n  app:\n    image: x\n    privileged: true\n    pid: host\n";

        // When it is loaded
        var errors = Folder.Errors(compose, scenario);

        // Then the scenario's come first, each file's in order
        Assert.That(errors.Select(e => e.Split(':')[0] + ":" + e.Split(':')[1]), Is.EqualTo(new[] { "scenario.yaml:4", "app.compose.yaml:4", "app.compose.yaml:5" }));
    }

    [Test]
    public void LoadOptions_ComposeError_ThrowsWithTheComposeFilesPlace()
    {
        // Given a Compose file with a tab
        Folder.Write("app.compose.yaml", "services:\n\tapp: { image: x }\n");
        Folder.Write("scenario.yaml", ComposeFolder.Scenario);

        // When its options are loaded
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.LoadOptions(Folder.ScenarioPath, _ => null))!;

        // Then the Compose file is named, as the scenario's folder and the path join
        Assert.That(error.Errors.Single().File, Is.EqualTo(Folder.ComposePath));
        Assert.That(error.Errors.Single().Message, Does.StartWith("invalid YAML"));
    }

    [Test]
    public void Load_ComposeFileNotUtf8_IsLocatedAtTheByte()
    {
        // Given a Compose file saved as Latin-1
        File.WriteAllBytes(Folder.ComposePath, [.. "services:\n  app: { image: x, user: "u8, 0xE9, .. "t\u00e9 }\n"u8]);
        Folder.Write("scenario.yaml", ComposeFolder.Scenario);

        // When it is loaded
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Load(Folder.ScenarioPath, _ => null))!;

        // Then the byte is pointed at, in the Compose file, as for a scenario
        Assert.That(error.Errors.Single().ToString(), Is.EqualTo($"{Folder.ComposePath}:2:26: byte 0xE9 is not UTF-8; fix: save the file as UTF-8"));
    }

    [TestCase("app.compose.yaml")]
    [TestCase("docker-compose.yml")]
    public void Load_ComposeFileAsScenario_SaysWhatItIs(string name)
    {
        // Given a Compose file named as Compose files are
        var path = Folder.Write(name, "services:\n  app: { image: x }\n");

        // When it is loaded as a scenario
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Load(path))!;

        // Then it is not read as a scenario: the error says what to load instead
        Assert.That(error.Errors.Single().ToString(), Is.EqualTo($"{path}:1:1: this is a Compose file, not a scenario; fix: load the scenario that names it with 'compose: {name}'"));
    }
}
