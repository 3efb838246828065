using System.Xml.Linq;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Tests.Reports.Merge;

public sealed class MergedReportTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-merge-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [TestCase("summary.json")]
    [TestCase("junit.xml")]
    [TestCase("summary.md")]
    public void Write_TwoShards_MatchesGolden(string file)
    {
        // Given two shards: one passed and one failed run, and one errored run
        var (first, second) = TwoShards();
        var (runs, _) = RunFolders.Read([first, second]);

        // When they are merged
        MergedReport.Write(Path.Combine(_root, "merged"), runs);

        // Then each report reads as the checked-in one
        var text = File.ReadAllText(Path.Combine(_root, "merged", file)).Replace(_root, "<dir>", StringComparison.Ordinal);
        Golden.AssertMatches($"merged-{file}", Scrubber.For(runs[0].Run).Scrub(text));
    }

    [Test]
    public void Write_TwoShards_JUnitCountsAreTheSumsOfItsSuites()
    {
        // Given two shards' runs
        var (first, second) = TwoShards();
        var (runs, _) = RunFolders.Read([first, second]);

        // When they are merged
        MergedReport.Write(_root, runs);

        // Then there is one suite per run, and the root's counts add theirs up
        var root = XDocument.Load(Path.Combine(_root, "junit.xml")).Root!;
        Assert.That(root.Elements("testsuite").Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { "etcd-kill-member", "redis-kill", "redis-no-persistence" }));
        foreach (var count in new[] { "tests", "failures", "errors" })
        {
            Assert.That((int)root.Attribute(count)!, Is.EqualTo(root.Elements("testsuite").Sum(s => (int)s.Attribute(count)!)), count);
        }
    }

    [Test]
    public void Read_ShardsInEitherOrder_SameRunsOrderedByScenarioFile()
    {
        // Given two shards
        var (first, second) = TwoShards();

        // When they are read in either order
        var forward = RunFolders.Read([first, second]).Runs;
        var backward = RunFolders.Read([second, first]).Runs;

        // Then the runs come back the same, in scenario file order
        Assert.That(backward.Select(r => r.RecordPath), Is.EqualTo(forward.Select(r => r.RecordPath)));
        Assert.That(forward.Select(r => r.Key), Is.EqualTo(new[] { "scenarios/etcd-kill-member.yaml", "scenarios/redis-kill.yaml", "scenarios/redis-no-persistence.yaml" }));
    }

    [Test]
    public void Read_SameScenarioInTwoShards_ErrorNamesBothRecords()
    {
        // Given a scenario that ran in both shards
        var first = FakeShards.Write(Path.Combine(_root, "shard-1"), FakeShards.Run("redis-kill", Outcome.Passed));
        var second = FakeShards.Write(Path.Combine(_root, "shard-2"), FakeShards.Run("redis-kill", Outcome.Failed));

        // When the shards are read
        var errors = RunFolders.Read([first, second]).Errors;

        // Then one error names the scenario, both records and the fix
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("scenarios/redis-kill.yaml ran more than once: ")
            .And.Contain("shard-1/").And.Contain("shard-2/").And.Contain("fix: "));
    }

    [Test]
    public void Read_MissingFolderAndBrokenRecord_EveryErrorTogether()
    {
        // Given a shard folder that does not exist and one whose run.json is not a run record
        var broken = Directory.CreateDirectory(Path.Combine(_root, "shard-2", "20260315-101500-x")).FullName;
        File.WriteAllText(Path.Combine(broken, "run.json"), "{\"runId\": 7}");

        // When both are read
        var errors = RunFolders.Read([Path.Combine(_root, "shard-1"), Path.Combine(_root, "shard-2")]).Errors;

        // Then both problems are reported at once
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0], Does.StartWith($"no folder '{Path.Combine(_root, "shard-1")}'"));
        Assert.That(errors[1], Does.StartWith(Path.Combine(broken, "run.json")).And.Contain("not a run record"));
    }

    private (string First, string Second) TwoShards() => (
        FakeShards.Write(Path.Combine(_root, "shard-1"), FakeShards.Run("redis-kill", Outcome.Passed, 9), FakeShards.Run("redis-no-persistence", Outcome.Failed, 8)),
        FakeShards.Write(Path.Combine(_root, "shard-2"), FakeShards.Run("etcd-kill-member", Outcome.Errored, 2.4)));
}
