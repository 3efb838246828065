namespace ChaosBench.Tests.Cli;

/// <summary>A run that cannot reach an external service it names stops before it asks anything of the engine.</summary>
public sealed class ExternalPreflightTests
{
    [Test]
    public async Task Run_ExternalVariableUnset_Exits2BeforeTouchingTheEngine()
    {
        // Given an external service whose variable is unset, and no engine at all (contacting it would exit 3)
        var env = new Dictionary<string, string> { ["LONGHORN_URL"] = string.Empty, ["DOCKER_HOST"] = "unix:///tmp/chaosbench-no-engine.sock" };

        // When it is run
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "tests/ChaosBench.Tests/Plans/Scenarios/external-placeholder.yaml"], env);

        // Then it stops with exit 2, naming the file, the service and what to set
        Assert.That(exit, Is.EqualTo(2), stderr + stdout);
        Assert.That(stderr.TrimEnd(), Is.EqualTo("chaosbench: tests/ChaosBench.Tests/Plans/Scenarios/external-placeholder.yaml: external service 'longhorn' has no URL (url ${LONGHORN_URL}); fix: set LONGHORN_URL to the deployment's base URL (e.g. https://longhorn.staging.example)"));
    }
}
