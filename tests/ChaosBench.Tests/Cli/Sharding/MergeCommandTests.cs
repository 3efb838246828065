using ChaosBench.Model.Records;
using ChaosBench.Tests.Reports.Merge;

namespace ChaosBench.Tests.Cli.Sharding;

public sealed class MergeCommandTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-merge-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [TestCase(Outcome.Passed, 0)]
    [TestCase(Outcome.Failed, 1)]
    [TestCase(Outcome.Errored, 3)]
    public async Task ReportMerge_WorstOutcome_ExitsAsRunWould(Outcome worst, int code)
    {
        // Given two shards, one passed run each, but the second's run ended with the worst outcome
        var first = FakeShards.Write(Path.Combine(_root, "shard-1"), FakeShards.Run("a", Outcome.Passed));
        var second = FakeShards.Write(Path.Combine(_root, "shard-2"), FakeShards.Run("b", worst));
        var merged = Path.Combine(_root, "merged");

        // When they are merged
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["report", "merge", first, second, "--out", merged]);

        // Then it exits with that outcome's code and writes the three reports
        Assert.That(exit, Is.EqualTo(code), stderr);
        Assert.That(stdout, Does.StartWith("merged 2 runs: "));
        Assert.That(Directory.GetFiles(merged).Select(Path.GetFileName), Is.EquivalentTo(new[] { "summary.json", "junit.xml", "summary.md" }));
    }

    [Test]
    public async Task ReportMerge_ScenarioInTwoShards_Exit2WritesNothing()
    {
        // Given a scenario that ran in both shards
        var first = FakeShards.Write(Path.Combine(_root, "shard-1"), FakeShards.Run("a", Outcome.Passed));
        var second = FakeShards.Write(Path.Combine(_root, "shard-2"), FakeShards.Run("a", Outcome.Passed));
        var merged = Path.Combine(_root, "merged");

        // When they are merged
        var (exit, _, stderr) = await CliProcess.RunAsync(["report", "merge", first, second, "--out", merged]);

        // Then the merge is refused: the verdict set would count it twice
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("chaosbench: scenarios/a.yaml ran more than once: "));
        Assert.That(Directory.Exists(merged), Is.False);
    }

    [Test]
    public async Task ReportMerge_OutThatCannotBeCreated_Exit3InOneLine()
    {
        // Given a run, and an --out under a file, where no folder can be made
        var shard = FakeShards.Write(Path.Combine(_root, "shard-1"), FakeShards.Run("a", Outcome.Passed));
        var blocker = Path.Combine(_root, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        // When they are merged there
        var (exit, _, stderr) = await CliProcess.RunAsync(["report", "merge", shard, "--out", Path.Combine(blocker, "merged")]);

        // Then the harness errored (3), in one line of its own, not with a stack trace and exit 1 ("the product failed")
        Assert.That(exit, Is.EqualTo(3), stderr);
        Assert.That(CliProcess.OwnLines(stderr), Has.One.StartWith("chaosbench: errored: DirectoryNotFoundException: ").And.Contain("fix: "));
        Assert.That(stderr, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task ReportMerge_NoRunAnywhere_Exit2()
    {
        // Given a shard folder without any run
        Directory.CreateDirectory(Path.Combine(_root, "shard-1"));

        // When they are merged
        var (exit, _, stderr) = await CliProcess.RunAsync(["report", "merge", Path.Combine(_root, "shard-1"), "--out", Path.Combine(_root, "merged")]);

        // Then there is nothing to report, which is a usage error
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("chaosbench: no run.json under "));
    }

    [Test]
    public async Task ReportMerge_ShardsOfAMatrix_WritesACertificateThatVerifies()
    {
        // Given two versions of one matrix scenario, run on two shards
        var first = FakeShards.Write(Path.Combine(_root, "shard-1"), Version("6.0"));
        var second = FakeShards.Write(Path.Combine(_root, "shard-2"), Version("7.0"));
        var merged = Path.Combine(_root, "merged");

        // When they are merged, and the merged folder is verified before and after a shard's record is edited
        var (exit, _, stderr) = await CliProcess.RunAsync(["report", "merge", first, second, "--out", merged]);
        var intact = await CliProcess.RunAsync(["certify", "--verify", merged]);
        var record = Directory.GetFiles(second, "run.json", SearchOption.AllDirectories).Single();
        File.AppendAllText(record, "\n");
        var edited = await CliProcess.RunAsync(["certify", "--verify", merged]);

        // Then the certificate covers the shards' run folders where they are, and the edit is caught there
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(File.ReadAllText(Path.Combine(merged, "certificate.md")), Does.Contain("| scenario | redis=6.0 | redis=7.0 |"));
        Assert.That(intact.ExitCode, Is.Zero, intact.Stderr);
        Assert.That(edited.ExitCode, Is.EqualTo(1));
        Assert.That(edited.Stderr, Does.Contain($"chaosbench: changed: ../shard-2/{Path.GetFileName(Path.GetDirectoryName(record))}/run.json"));
    }

    private static RunRecord Version(string version) =>
        FakeShards.Run("redis-kill", Outcome.Passed) with { Scenario = $"redis-kill[redis={version}]", Matrix = new Dictionary<string, string> { ["redis"] = version } };
}
