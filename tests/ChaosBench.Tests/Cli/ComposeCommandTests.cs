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
    public async Task Lint_ComposeWithIsolationBreakingKey_Exit2NamingTheComposeFileLineAndColumn()
    {
        // Given a Compose file with a key that would break the container's isolation
        var scenario = Write("privileged: true");

        // When it is linted
        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", scenario]);

        // Then the error is located in the Compose file, and says why and what to do
        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(stderr, Does.Contain($"{Path.Combine(_dir, "app.compose.yaml")}:5:5: unsupported Compose key 'privileged' in service 'app'; fix:"));
    }

    [Test]
    public async Task LintAndPlan_OverridesAndUnsetVariable_EachListedOnce()
    {
        // Given a Compose file with a restart policy, a container name, and a variable that is not set, used twice
        var scenario = Write("restart: always\n    container_name: app\n    environment: { A: \"${CHAOSBENCH_UNSET_UNDER_TEST}\", B: \"x${CHAOSBENCH_UNSET_UNDER_TEST}\" }");

        // When it is linted and planned
        var lint = await CliProcess.RunAsync(["lint", scenario]);
        var plan = await CliProcess.RunAsync(["plan", scenario]);

        // Then lint passes with a warning, and plan lists each override and the empty variable once
        var unset = "CHAOSBENCH_UNSET_UNDER_TEST: unset, read as empty, as Compose reads it (used at app.compose.yaml:7:23, 7:60); set it, or write ${CHAOSBENCH_UNSET_UNDER_TEST:-} to say empty is meant";
        Assert.That((lint.ExitCode, plan.ExitCode), Is.EqualTo((0, 0)), lint.Stderr + plan.Stderr);
        Assert.That(lint.Stdout, Does.Contain($"    warning: {unset}\n"));
        Assert.That(plan.Stdout, Does.Contain(
            "overrides (where the run differs from app.compose.yaml):\n"
            + "  app: restart: always ignored — the fault timeline decides restarts\n"
            + "  app: container_name: app ignored — the container is named per run (cb-RUN-app); services reach it as app\n"
            + "unset variables (read as empty, as Compose reads them; certify and run --strict-env refuse them):\n"
            + $"  {unset}\n"));
    }

    [TestCase("certify", "--out")]
    [TestCase("run", "--strict-env", "--out")]
    public async Task CertifyAndStrictRun_UnsetVariable_Exit2AtItsUse(params string[] command)
    {
        // Given a Compose file using a variable that is not set
        var scenario = Write("environment: { A: \"${CHAOSBENCH_UNSET_UNDER_TEST}\" }");

        // When it is certified, or run with --strict-env
        var (exit, _, stderr) = await CliProcess.RunAsync([command[0], scenario, .. command[1..], Path.Combine(_dir, "out")]);

        // Then nothing runs: the variable is the error, at its use
        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(stderr, Does.Contain($"{Path.Combine(_dir, "app.compose.yaml")}:5:23: variable CHAOSBENCH_UNSET_UNDER_TEST is not set; fix:"));
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
