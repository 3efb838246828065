using System.Text.Json.Nodes;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Faults;

/// <summary>The partition kind's drawn forms through the command line, on a real three-member etcd.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class PartitionFaultDockerTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-partition-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_OneWayPartition_PassesAndRecordsTheRulesDrawnAndRemoved()
    {
        // Given etcd-2 that stops hearing etcd-1 for 4 s under write load

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/etcd/one-way-partition.yaml", "--out", _out]);

        // Then nothing acknowledged is lost, and the timeline says which rules were drawn where, and that exactly
        // that chain was removed after 4 s
        Assert.That(exit, Is.Zero, stderr + stdout);
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Directory.GetFiles(_out, "run.json", SearchOption.AllDirectories).Single()))!;
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
        var timeline = record["timeline"]!.AsArray().Select(e => $"{e!["kind"]} {e["target"]}: {e["detail"]}").ToList();
        var drawn = timeline.Single(e => e.StartsWith("partition etcd-1 -> etcd-2: drew", StringComparison.Ordinal));
        Assert.That(drawn, Does.Contain("DROP in INPUT of etcd-2, chain CB-"));
        var chain = drawn[drawn.IndexOf("CB-", StringComparison.Ordinal)..].Split(',')[0];
        Assert.That(timeline, Has.One.EqualTo($"heal etcd-1 -> etcd-2: removed chain {chain} from etcd-2 (after 4s)"));
    }

    [Test]
    public async Task Run_IsolatedLeaderUnderTightAvailability_FailsForAvailability()
    {
        // Given the control: the leader cut from both followers for 4 s, and at most 10 % errors per second

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/controls/etcd-partition-unavailable.yaml", "--out", _out]);

        // Then availability is what deviates: every write stalled until a new leader was elected
        Assert.That(exit, Is.EqualTo(1), stderr + stdout);
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Directory.GetFiles(_out, "run.json", SearchOption.AllDirectories).Single()))!;
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(record["failedStep"]!.GetValue<string>(), Is.EqualTo("expect[0] availability error rate at most 0.1 per 1s"));
    }
}
