using System.Text.Json.Nodes;
using ChaosBench.Model.Planning;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// Runs of real etcd that give a checker nothing to judge: they end errored (exit 3) with the reason, never passed
/// ("all 0 acknowledged writes readable") nor failed (a verdict about the client, not the product).
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class HonestVerdictsDockerTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("chaosbench-honest-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Run_EveryWriteTimesOut_ErroredNothingAcknowledgedToJudge(CancellationToken ct)
    {
        // Given a lone etcd frozen as the workload starts, and two clients whose first writes come after that (the
        // seed places them; a client waits its 3 s request timeout, longer than the 2 s the workload lasts)
        var seed = Enumerable.Range(1, 1000).First(s => FirstWriteAt(s, "client-0") >= 0.5 && FirstWriteAt(s, "client-1") >= 0.5);
        var scenario = await WriteAsync("all-writes-time-out.yaml", """
            name: all-writes-time-out
            duration: 2s
            services:
              etcd: { image: recipe:etcd-3.4, volumes: { data: /var/lib/etcd } }
            workload: { kind: etcd-kv, target: etcd, clients: 2, rate: 1/s }
            faults:
              - at: 0s
                pause: { target: etcd }
            expect:
              - no-lost-writes
            """, ct);

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", scenario, "--seed", $"{seed}", "--out", _dir], ct: ct);

        // Then it is errored, saying why, and the verdict is unknown
        var record = await RecordAsync(ct);
        Assert.That(exit, Is.EqualTo(3), stdout + stderr);
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("errored"));
        Assert.That(record["failedStep"]!.GetValue<string>(), Is.EqualTo("expect[0] no-lost-writes"));
        Assert.That(record["reason"]!.GetValue<string>(), Does.StartWith("nothing acknowledged to judge: no write was acknowledged (0 failed, 2 indeterminate)"));
        Assert.That(record["verdicts"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("unknown"));
        Assert.That(stdout + stderr, Does.Contain("unknown no-lost-writes: nothing acknowledged to judge"));
        await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
    }

    [Test]
    public async Task Run_OnlyClientStuckPastTheRepair_ErroredNoOperationAfterTheRepair(CancellationToken ct)
    {
        // Given three etcd members and one client, on etcd-1; etcd-1 freezes (the client's write hangs for its 3 s
        // timeout, past the end of the workload), and etcd-2 is killed and started again meanwhile
        var scenario = await WriteAsync("only-client-stuck.yaml", """
            name: only-client-stuck
            duration: 2s
            services:
              etcd: { image: recipe:etcd-3.4, replicas: 3, cluster: etcd, volumes: { data: /var/lib/etcd } }
            workload: { kind: etcd-kv, target: etcd, clients: 1, rate: 50/s }
            faults:
              - at: 500ms
                pause: { target: etcd-1 }
              - at: 1s
                kill: { target: etcd-2, signal: KILL }
              - at: 1200ms
                start: { target: previous }
            expect:
              - recovers-within: 10s
            """, ct);

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", scenario, "--seed", "7", "--out", _dir], ct: ct);

        // Then nothing was asked of etcd after the repair, so recovery was not measured: errored, never failed
        var record = await RecordAsync(ct);
        Assert.That(exit, Is.EqualTo(3), stdout + stderr);
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("errored"));
        Assert.That(record["reason"]!.GetValue<string>(), Does.StartWith("no operation after the repair (start etcd-2"));
        Assert.That(record["timeline"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()), Does.Contain("ready"), "etcd-2 did get ready after its start");
        await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
    }

    /// <summary>When client <paramref name="stream"/> of a 1/s-per-client workload first writes, in seconds after the start (as KvClients paces it).</summary>
    private static double FirstWriteAt(long seed, string stream) => SeededRandom.For(seed, stream).NextDouble() * 2;

    private async Task<string> WriteAsync(string name, string yaml, CancellationToken ct)
    {
        var path = Path.Combine(_dir, name);
        await File.WriteAllTextAsync(path, yaml, ct);
        return path;
    }

    private async Task<JsonNode> RecordAsync(CancellationToken ct) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Directory.GetDirectories(_dir).Single(), "run.json"), ct))!;
}
