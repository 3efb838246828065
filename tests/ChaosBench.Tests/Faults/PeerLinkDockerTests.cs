using System.Text.Json.Nodes;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Faults;

/// <summary>
/// Link faults on the links between members (<c>from:</c>), through the command line, on a real three-member etcd.
/// Its control, which must fail for availability, runs with every other (<see cref="Cli.ScenarioCatalogTests"/>).
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class PeerLinkDockerTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-peer-links-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_PeerLatencyAboveTheElectionTimeout_LeadershipChurnsAndNothingIsLost()
    {
        // Given 1.5 s of latency on every link between three etcd members for 5 s, under write load

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/etcd/peer-latency.yaml", "--out", _out]);

        // Then it passes: followers started elections after the fault began, nothing acknowledged was lost; each
        // member's link listened on the network's gateway, and the toxic acted on connections from every peer
        Assert.That(exit, Is.Zero, stderr + stdout);
        var record = await RecordAsync();
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
        var timeline = Timeline(record);
        foreach (var member in new[] { "etcd-1", "etcd-2", "etcd-3" })
        {
            Assert.That(timeline, Has.One.Match($"^link link-{member}: listening at [0-9.]+:[0-9]+, forwarding to {member}:2380$"));
            Assert.That(timeline, Has.One.EqualTo($"link link-{member}: toxic-added faults[0]: latency 1500ms both from etcd-1, etcd-2, etcd-3"));
        }

        var elections = record["verdicts"]!.AsArray().Single(v => v!["expectation"]!.GetValue<string>().StartsWith("log etcd", StringComparison.Ordinal))!;
        Assert.That(elections["status"]!.GetValue<string>(), Is.EqualTo("passed"));
        Assert.That(elections["evidence"]!["matches"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
    }

    private async Task<JsonNode> RecordAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Directory.GetFiles(_out, "run.json", SearchOption.AllDirectories).Single()))!;

    private static List<string> Timeline(JsonNode record) =>
        record["timeline"]!.AsArray().Select(e => $"{e!["kind"]} {e["target"]}: {e["detail"]}").ToList();
}
