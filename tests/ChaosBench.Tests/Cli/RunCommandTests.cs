using System.Text.Json.Nodes;
using ChaosBench.Engine.Cleanup;
using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.Cli;

[Category("Docker")]
[CancelAfter(300_000)]
public sealed class RunCommandTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-runs-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task RunThenReplay_KillMemberSeed7_PassesAndReplayReproducesScheduleAndVerdicts()
    {
        // Given the kill-member scenario run with seed 7
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/etcd/kill-member.yaml", "--seed", "7", "--out", _out]);

        // Then it passes, writes every artifact, and leaves nothing behind
        Assert.That(exit, Is.Zero, stderr);
        var folder = Directory.GetDirectories(_out).Single();
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "run.json")))!;
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("passed"));
        Assert.That(record["seed"]!.GetValue<long>(), Is.EqualTo(7));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.SupersetOf(new[] { "run.json", "history.jsonl", "junit.xml", "report.md", "report.html" }));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "logs")), Has.Length.EqualTo(3));
        await AssertNothingLeftAsync(record["runId"]!.GetValue<string>());

        // When it is replayed
        var replay = await CliProcess.RunAsync(["replay", Path.Combine(folder, "run.json"), "--out", _out]);

        // Then the same schedule runs and the verdicts match
        Assert.That(replay.ExitCode, Is.Zero, replay.Stderr + replay.Stdout);
        Assert.That(replay.Stdout, Does.Contain("schedule identical").And.Contain("verdicts match"));
    }

    internal static async Task AssertNothingLeftAsync(string runId)
    {
        using var engine = TestEnvironment.Engine();
        var label = $"{RunLabels.Run}={runId}";
        Assert.That(await engine.Containers.ListAsync(label), Is.Empty);
        Assert.That(await engine.Networks.ListAsync(label), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync(label), Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(RunMounts.Root, runId)), Is.False, "its power-loss mount points are gone");
        Assert.That(File.ReadAllText("/proc/self/mountinfo"), Does.Not.Contain(runId), "no layer of it is still mounted");
    }
}
