using System.Text.Json.Nodes;
using ChaosBench.Images;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Scenarios;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Runner;

/// <summary>
/// A scenario whose only service is external, run against a key-value API the test serves on 127.0.0.1: the
/// workload, no-lost-writes and http-status reach it at the URL an environment variable gives, and nothing else.
/// The engine is only asked for the run's bookkeeping (events, teardown).
/// </summary>
[Category("Docker")]
[CancelAfter(120_000)]
public sealed class ExternalServiceRunTests
{
    private const string Variable = "CHAOSBENCH_TEST_KV_URL";

    private const string Yaml = $$"""
        name: external-kv
        duration: 3s
        services:
          kv:
            external: { url: "${{{Variable}}}" }
        workload:
          kind: http-kv
          target: kv
          clients: 2
          rate: 100/s
          http:
            write: { method: PUT, path: "/kv/{key}", body: "{value}" }
            read: { method: GET, path: "/kv/{key}" }
        expect:
          - no-lost-writes
          - http-status: { url: "{kv}/health", is: 200, within: 5s }
        """;

    private static readonly EnvironmentRecord Environment = new("test", "test", "test", "test", "test", "test", "test");

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-external-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Run_ExternalKeyValueApiThatKeepsWrites_PassesAndRecordsTheUrl()
    {
        // Given a key-value API on 127.0.0.1 under /api, a scenario file naming it only through an environment variable
        using var server = new KeyValueServer();
        var file = Path.Combine(_folder, "external-kv.yaml");
        await File.WriteAllTextAsync(file, Yaml);

        // When chaosbench runs it with the variable set to the API's base URL
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", file, "--out", _folder], new Dictionary<string, string> { [Variable] = server.Url });

        // Then it passes: every acknowledged write read back, the health URL answered under the base path
        Assert.That(exit, Is.Zero, stderr + stdout);
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Directory.GetFiles(_folder, "run.json", SearchOption.AllDirectories).Single()))!;
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
        Assert.That(record["externalServices"]!["kv"]!.GetValue<string>(), Is.EqualTo(server.Url));
        Assert.That(record["images"]!.AsArray(), Is.Empty);
        var verdict = record["verdicts"]!.AsArray().First(v => v!["expectation"]!.GetValue<string>() == "no-lost-writes")!;
        Assert.That(verdict["evidence"]!["acknowledged-writes"]!.GetValue<int>(), Is.GreaterThan(100));
        Assert.That(record["timeline"]!.AsArray().Select(e => e!["detail"]!.GetValue<string>()), Has.Some.EqualTo("200"), "http-status reached {kv}/health");
    }

    [Test]
    public async Task Run_VariableUnsetInTheRunnersEnvironment_ErrorsInProvisionSayingWhatToSet()
    {
        // Given the scenario run from C#, where no command line checked the variable first
        var scenario = TestKinds.Loader.Parse(Yaml, "external-kv.yaml");
        using var engine = TestEnvironment.Engine();
        var runner = new ScenarioRunner(engine, new ImageBuilder(engine, TestEnvironment.Recipes, new ImageBuildOptions()));

        // When it runs with nothing set
        var result = await runner.RunAsync(scenario, new RunSettings { Seed = 3, Environment = Environment, Variables = _ => null }, CancellationToken.None);

        // Then it errors before anything starts, saying what to set, and records no URL
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Errored));
        Assert.That(result.Record.FailedStep, Is.EqualTo("provision"));
        Assert.That(result.Record.Reason, Is.EqualTo($"external service 'kv' has no URL: set {Variable} to the deployment's base URL (e.g. https://kv.staging.example)"));
        Assert.That(result.Record.ExternalServices, Is.Empty);
    }

    [Test]
    public async Task Run_ExternalApiThatDropsAcknowledgedWrites_FailsNoLostWrites()
    {
        // Given the same API, acknowledging every 5th write without keeping it
        using var server = new KeyValueServer(dropEvery: 5);
        var scenario = TestKinds.Loader.Parse(Yaml, "external-kv.yaml");
        using var engine = TestEnvironment.Engine();
        var runner = new ScenarioRunner(engine, new ImageBuilder(engine, TestEnvironment.Recipes, new ImageBuildOptions()));

        // When it runs with the variable pointing at it
        var settings = new RunSettings { Seed = 3, Environment = Environment, Variables = name => name == Variable ? server.Url : null };
        var result = await runner.RunAsync(scenario, settings, CancellationToken.None);

        // Then no-lost-writes fails, for writes the deployment acknowledged and lost; http-status still holds
        Assert.That(server.Dropped, Is.GreaterThan(0));
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        Assert.That(result.Record.FailedStep, Is.EqualTo("expect[0] no-lost-writes"));
        Assert.That(result.Record.Verdicts[0].Evidence["lost"], Is.GreaterThan(0));
        Assert.That(result.Record.Verdicts[1].Status, Is.EqualTo(VerdictStatus.Passed));
    }
}
