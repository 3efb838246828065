namespace ChaosBench.Tests.Cli;

/// <summary>What <c>plan</c> and <c>lint</c> say about scenarios whose services come from Compose files.</summary>
public sealed class ComposeCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("chaosbench-compose-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [TestCase(null, "GREETING=hi")]
    [TestCase("from the environment", "GREETING=from the environment")]
    public async Task Plan_ComposeVariableWithDefault_ShowsTheInterpolatedValue(string? set, string shown)
    {
        // Given a Compose file whose value is ${GREETING_UNDER_TEST:-hi}, the variable set or not
        var scenario = Write("environment: { GREETING: \"${GREETING_UNDER_TEST:-hi}\" }");
        var env = new Dictionary<string, string> { ["GREETING_UNDER_TEST"] = set ?? string.Empty };

        // When it is planned
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["plan", scenario], env);

        // Then the services are shown as they will be created
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("services (with app.compose.yaml):").And.Contain($"    env: {shown}\n"));
    }

    [Test]
    public async Task Lint_ComposeWithUnsupportedKey_Exit2NamingTheComposeFileLineAndColumn()
    {
        // Given a Compose file with a key the harness does not support
        var scenario = Write("restart: always");

        // When it is linted
        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", scenario]);

        // Then the error is located in the Compose file, and says why and what to do
        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(stderr, Does.Contain($"{Path.Combine(_dir, "app.compose.yaml")}:5:5: unsupported Compose key 'restart' in service 'app'; fix:"));
    }

    /// <summary>A scenario and its Compose file with one service 'app'; <paramref name="extra"/> is one more line of it.</summary>
    private string Write(string extra)
    {
        File.WriteAllText(Path.Combine(_dir, "app.compose.yaml"), $"services:\n  app:\n    image: recipe:redis-7.0\n    command: [sleep, infinity]\n    {extra}\n");
        var scenario = Path.Combine(_dir, "app.yaml");
        File.WriteAllText(scenario, "name: compose-app\nduration: 5s\ncompose: app.compose.yaml\n");
        return scenario;
    }
}
