using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// <c>samples/nats</c>'s JetStream cluster, wired in YAML alone by member placeholders, on the user's own recipe: it
/// serves again after a member's store is removed, and its control, the member back on a store it cannot use, is
/// flagged by http-status.
/// </summary>
[Category("Docker")]
[CancelAfter(600_000)]
public sealed class NatsClusterSampleTests
{
    private static readonly string Samples = Path.Combine(TestEnvironment.RepoRoot, "samples", "nats");

    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-nats-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_JetStreamStateRemoved_ClusterServesAgainAndPasses(CancellationToken ct)
    {
        // Given three NATS servers each routed to its peers through {self} and {peers:nats://%s:6222}

        // When a stream with three replicas is written, nats-2's store removed while it is stopped, and nats-2 started again
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", Path.Combine(Samples, "cluster-js-state-removed.yaml"), "--seed", "1", "--out", _out], ct: ct);

        // Then the run passed: the stream had its three replicas (only a cluster of three takes it), nats-2 rebuilt its
        // copy from its peers, stored a fourth message, and answers its JetStream health check (on failure with the
        // servers' logs: CI once saw nats-2 never become current again, and kept nothing that said why)
        Assert.That(exit, Is.Zero, stderr + stdout + ChaosBench.Tests.Engine.Engines.KillMemberRun.MemberLogs(_out));
        var record = await RecordAsync();
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
        var steps = record["timeline"]!.AsArray().Select(e => (Kind: e!["kind"]!.GetValue<string>(), Target: e["target"]?.GetValue<string>())).ToList();
        Assert.That(steps, Does.Contain(("exec", "nats-1")).And.Contain(("exec", "nats-2")).And.Contain(("delete-path", "nats-2")));
        await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
    }

    [Test]
    public async Task Run_StoreUnusableAfterRemoval_HttpStatusFails(CancellationToken ct)
    {
        // Given the same cluster, nats-2 started again on a store it cannot create, so its server exits
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", Path.Combine(Samples, "controls", "cluster-store-unusable-after-state-removed.yaml"), "--seed", "1", "--out", _out], ct: ct);

        // Then the run failed at the health check, never answered 200
        Assert.That(exit, Is.EqualTo(1), stdout + stderr);
        var record = await RecordAsync();
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(record["failedStep"]!.GetValue<string>(), Does.StartWith("expect[0] http-status http://{nats-2}:8222/healthz?js-enabled-only=true is 200"));
        await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
    }

    private async Task<JsonNode> RecordAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Directory.GetDirectories(_out).Single(), "run.json")))!;
}
