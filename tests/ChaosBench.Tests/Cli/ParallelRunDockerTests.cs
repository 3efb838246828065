using System.Globalization;
using System.Text.Json.Nodes;
using ChaosBench.Tests.Cli.Sharding;

namespace ChaosBench.Tests.Cli;

[Category("Docker")]
[CancelAfter(240_000)]
public sealed class ParallelRunDockerTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-parallel-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_TwoScenariosParallel2_BothPassAtOnceOnTheirOwnNetworksAndLeaveNothing(CancellationToken ct)
    {
        // Given two short scenarios that pass, an etcd cluster and a Redis server
        string[] files = [$"{ShardCommandTests.Folder}/etcd-kill-member.yaml", $"{ShardCommandTests.Folder}/redis-kill-aof-always.yaml"];

        // When they run two at once
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", .. files, "--parallel", "2", "--seed", "7", "--out", _out], ct: ct);

        // Then both pass, each in its own run folder with its own run id, their times overlap, every progress
        // line names its scenario, and neither leaves anything behind
        Assert.That(exit, Is.Zero, stderr);
        var records = Directory.GetDirectories(_out).Select(f => JsonNode.Parse(File.ReadAllText(Path.Combine(f, "run.json")))!).ToList();
        Assert.That(records.Select(r => r["scenario"]!.GetValue<string>()), Is.EquivalentTo(new[] { "shard-etcd-kill-member", "shard-redis-kill-aof-always" }));
        Assert.That(records.Select(r => r["outcome"]!.GetValue<string>()), Is.All.EqualTo("passed"));
        Assert.That(records.Select(r => r["runId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(2));
        var spans = records.Select(Span).ToList();
        Assert.That(spans[0].Start < spans[1].End && spans[1].Start < spans[0].End, Is.True, "the two runs overlapped in time");
        var progress = CliProcess.OwnLines(stderr).Where(l => l.Contains("phase ", StringComparison.Ordinal)).ToList();
        Assert.That(progress, Is.Not.Empty);
        Assert.That(progress, Is.All.StartsWith("shard-etcd-kill-member | ").Or.StartsWith("shard-redis-kill-aof-always | "));
        foreach (var record in records)
        {
            await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
        }
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Span(JsonNode record)
    {
        var start = DateTimeOffset.Parse(record["startedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return (start, start + TimeSpan.FromSeconds(record["elapsed"]!.GetValue<double>()));
    }
}
