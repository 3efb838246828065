using ChaosBench.Model.Records;
using ChaosBench.Tests.Reports.Merge;

namespace ChaosBench.Tests.Cli.Sharding;

public sealed class ShardCommandTests
{
    internal const string Folder = "tests/ChaosBench.Tests/Cli/Sharding/Scenarios";

    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-shard-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task Plan_ShardOneAndTwo_ListEachFileOnceAndPlanOnlyTheirs()
    {
        // Given a folder of three scenarios
        // When both shards of two are planned
        var first = await CliProcess.RunAsync(["plan", Folder, "--shard", "1/2", "--seed", "7"]);
        var second = await CliProcess.RunAsync(["plan", Folder, "--shard", "2/2", "--seed", "7"]);

        // Then each lists its files, the lists together hold every file once, and each plans only its own
        Assert.That(first.ExitCode, Is.Zero, first.Stderr);
        Assert.That(second.ExitCode, Is.Zero, second.Stderr);
        Assert.That(first.Stdout, Does.StartWith("shard 1/2: 2 of 3 scenario files, split by name\n"));
        Assert.That(second.Stdout, Does.StartWith("shard 2/2: 1 of 3 scenario files, split by name\n"));
        var listed = Listed(first.Stdout).Concat(Listed(second.Stdout)).ToList();
        Assert.That(listed, Is.EquivalentTo(Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, Folder), "*.yaml").Select(f => $"{Folder}/{Path.GetFileName(f)}")));
        Assert.That(Planned(first.Stdout).Concat(Planned(second.Stdout)), Is.EquivalentTo(new[] { "shard-etcd-kill-member", "shard-redis-kill-aof-always", "shard-redis-no-persistence-kill" }));
        Assert.That(Planned(second.Stdout), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Plan_DurationsOfEarlierRuns_LongestAloneOthersAssumedTheMedian()
    {
        // Given earlier runs where the etcd scenario took 60s and one Redis scenario 10s; the other has no record
        var etcd = FakeShards.Run("x", Outcome.Passed, 60) with { ScenarioFile = $"{Folder}/etcd-kill-member.yaml" };
        var redis = FakeShards.Run("y", Outcome.Passed, 10) with { ScenarioFile = $"{Folder}/redis-kill-aof-always.yaml" };
        FakeShards.Write(_root, etcd, redis);

        // When shard 2 of 2 is planned, balanced by them
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["plan", Folder, "--shard", "2/2", "--durations", _root, "--seed", "7"]);

        // Then the etcd scenario runs alone on shard 1 and shard 2 takes both Redis scenarios
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stdout, Does.StartWith(
            "shard 2/2: 2 of 3 scenario files, balanced by 2 recorded durations\n" +
            $"  {Folder}/redis-kill-aof-always.yaml (10s recorded)\n" +
            $"  {Folder}/redis-no-persistence-kill.yaml (35s assumed, no record)\n"));
    }

    [TestCase("0/2")]
    [TestCase("3/2")]
    [TestCase("two")]
    public async Task Plan_ShardOutOfRange_Exit2OneLineWithFix(string shard)
    {
        // Given a shard that is not I/N with 1 <= I <= N
        // When it is planned
        var (exit, _, stderr) = await CliProcess.RunAsync(["plan", Folder, "--shard", shard]);

        // Then the command is refused with one line naming the fix
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(CliProcess.OwnLines(stderr), Is.EqualTo(new[] { $"chaosbench: --shard '{shard}' is not I/N with 1 <= I <= N; fix: e.g. --shard 1/2 and --shard 2/2 on two machines" }));
    }

    [Test]
    public async Task Run_DurationsWithoutShard_Exit2()
    {
        // Given --durations without --shard
        // When the folder is run
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", Folder, "--durations", _root]);

        // Then nothing runs and the user is told what --durations is for
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--durations balances shards; fix: add --shard I/N"));
    }

    [Test]
    public async Task Run_EmptyShard_Exit0AndLeavesOutFolderForMerge()
    {
        // Given one scenario file and two shards: the second has nothing to do
        var output = Path.Combine(_root, "shard-2");

        // When the second shard is run
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", $"{Folder}/etcd-kill-member.yaml", "--shard", "2/2", "--out", output]);

        // Then it succeeds without starting anything, says so, and leaves an empty --out
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stderr, Does.Contain("shard 2/2: no scenario file (1 file for 2 shards); nothing to do"));
        Assert.That(Directory.GetFileSystemEntries(output), Is.Empty);
    }

    private static IEnumerable<string> Listed(string stdout) =>
        stdout.Split('\n').Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim());

    private static List<string> Planned(string stdout) =>
        stdout.Split('\n').Where(l => l.StartsWith("scenario ", StringComparison.Ordinal)).Select(l => l["scenario ".Length..]).ToList();
}
