using ChaosBench.Model.Records;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Tests.Reports.Merge;

public sealed class RecordedDurationsTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-durations-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Read_RunFolders_LatestRunOfEachFile()
    {
        // Given an --out folder where redis-kill ran twice: 30s, then a day later 9s
        var earlier = FakeShards.Run("redis-kill", Outcome.Passed, 30);
        FakeShards.Write(_root, earlier, earlier with { StartedAt = earlier.StartedAt.AddDays(1), Elapsed = TimeSpan.FromSeconds(9) }, FakeShards.Run("etcd-kill-member", Outcome.Failed, 40));

        // When the durations are read
        var durations = RecordedDurations.Read(_root);

        // Then each file has its latest duration, named as its record names it
        Assert.That(durations, Is.EquivalentTo(new Dictionary<string, TimeSpan>
        {
            ["scenarios/redis-kill.yaml"] = TimeSpan.FromSeconds(9),
            ["scenarios/etcd-kill-member.yaml"] = TimeSpan.FromSeconds(40),
        }));
    }

    [Test]
    public void Read_MatrixFile_SumOfItsCombinationsLatestRuns()
    {
        // Given a matrix file's two versions, 10s and 12s, the first also run earlier for 30s
        var six = FakeShards.Run("redis-kill", Outcome.Passed, 30) with { Scenario = "redis-kill[redis=6.0]", Matrix = new Dictionary<string, string> { ["redis"] = "6.0" } };
        var seven = six with { Scenario = "redis-kill[redis=7.0]", Matrix = new Dictionary<string, string> { ["redis"] = "7.0" }, Elapsed = TimeSpan.FromSeconds(12) };
        FakeShards.Write(_root, six, six with { StartedAt = six.StartedAt.AddDays(1), Elapsed = TimeSpan.FromSeconds(10) }, seven);

        // When the durations are read
        var durations = RecordedDurations.Read(_root);

        // Then the file, which is sharded whole, weighs both versions' latest runs together
        Assert.That(durations, Is.EquivalentTo(new Dictionary<string, TimeSpan> { ["scenarios/redis-kill.yaml"] = TimeSpan.FromSeconds(22) }));
    }

    [Test]
    public void Read_MergedSummaryAlone_DurationsOfEveryShard()
    {
        // Given only the merged report of two shards, as a CI artifact from the previous pipeline
        var first = FakeShards.Write(Path.Combine(_root, "shard-1"), FakeShards.Run("redis-kill", Outcome.Passed, 9));
        var second = FakeShards.Write(Path.Combine(_root, "shard-2"), FakeShards.Run("etcd-kill-member", Outcome.Passed, 41.5));
        var merged = Path.Combine(_root, "merged");
        MergedReport.Write(merged, RunFolders.Read([first, second]).Runs);

        // When the durations are read from its summary.json
        var durations = RecordedDurations.Read(Path.Combine(merged, "summary.json"));

        // Then every shard's scenarios are there
        Assert.That(durations["scenarios/redis-kill.yaml"], Is.EqualTo(TimeSpan.FromSeconds(9)));
        Assert.That(durations["scenarios/etcd-kill-member.yaml"], Is.EqualTo(TimeSpan.FromSeconds(41.5)));
    }

    [Test]
    public void Read_SummaryThatIsNotOne_ThrowsNamingTheFile()
    {
        // Given a summary.json that holds something else
        var path = Path.Combine(_root, "summary.json");
        File.WriteAllText(path, "[1, 2]");

        // When the durations are read
        // Then the error names the file
        Assert.That(() => RecordedDurations.Read(path), Throws.TypeOf<InvalidDataException>().With.Message.StartsWith(path).And.Message.Contains("not a merged summary"));
    }
}
