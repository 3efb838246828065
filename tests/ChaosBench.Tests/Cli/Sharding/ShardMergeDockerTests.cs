using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli.Sharding;

[Category("Docker")]
[CancelAfter(900_000)]
public sealed class ShardMergeDockerTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-shards-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task RunShardsThenMerge_ThreeScenarios_SameVerdictsAsUnsharded()
    {
        // Given three short scenarios, one of which must fail, run unsharded
        var whole = await RunAsync("whole", []);

        // When they run as shard 1/2 and 2/2 and the shards are merged
        var first = await RunAsync("shard-1", ["--shard", "1/2"]);
        var second = await RunAsync("shard-2", ["--shard", "2/2"]);
        var merged = await CliProcess.RunAsync(["report", "merge", Path.Combine(_root, "shard-1"), Path.Combine(_root, "shard-2"), "--out", Path.Combine(_root, "merged")]);
        var unsharded = await CliProcess.RunAsync(["report", "merge", Path.Combine(_root, "whole"), "--out", Path.Combine(_root, "whole-merged")]);

        // Then the merge exits as the unsharded run did and holds the same verdict set
        Assert.That(whole, Is.EqualTo(1), "the control fails, the others pass");
        Assert.That(new[] { first, second }, Has.Some.EqualTo(1));
        Assert.That(merged.ExitCode, Is.EqualTo(whole), merged.Stderr);
        Assert.That(unsharded.ExitCode, Is.EqualTo(whole), unsharded.Stderr);
        var expected = Verdicts(Path.Combine(_root, "whole-merged"));
        Assert.That(expected, Has.Count.EqualTo(3));
        Assert.That(Verdicts(Path.Combine(_root, "merged")), Is.EqualTo(expected));
    }

    private async Task<int> RunAsync(string output, string[] shard)
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", ShardCommandTests.Folder, "--seed", "7", "--out", Path.Combine(_root, output), .. shard]);
        Assert.That(exit, Is.AnyOf(0, 1), stderr);
        return exit;
    }

    /// <summary>Each scenario's outcome and verdicts, one line per scenario: what must not depend on sharding.</summary>
    private static List<string> Verdicts(string merged)
    {
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(merged, "summary.json")))!;
        return summary["runs"]!.AsArray().Select(r =>
            $"{r!["scenarioFile"]}: {r["outcome"]} [{string.Join(", ", r["verdicts"]!.AsArray().Select(v => $"{v!["expectation"]}={v["status"]}"))}]").ToList();
    }
}
