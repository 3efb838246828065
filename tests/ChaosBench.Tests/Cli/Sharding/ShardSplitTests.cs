using ChaosBench.Cli.Sharding;

namespace ChaosBench.Tests.Cli.Sharding;

public sealed class ShardSplitTests
{
    private static readonly Dictionary<string, TimeSpan> None = [];

    private static readonly string[] Files = ["s/e.yaml", "s/a.yaml", "s/d.yaml", "s/b.yaml", "s/c.yaml"];

    [Test]
    public void Split_ManyCounts_EveryFileInExactlyOneShard()
    {
        foreach (var count in Enumerable.Range(1, 7))
        {
            // Given five files, some with a record, split into 1 to 7 shards
            var durations = new Dictionary<string, TimeSpan> { ["s/a.yaml"] = TimeSpan.FromSeconds(30), ["s/c.yaml"] = TimeSpan.FromSeconds(5) };

            // When they are split
            var shards = ShardSplit.Split(Files, count, durations);

            // Then there are that many shards and each file is in exactly one
            Assert.That(shards, Has.Count.EqualTo(count));
            Assert.That(shards.SelectMany(s => s), Is.EquivalentTo(Files));
        }
    }

    [Test]
    public void Split_FilesInAnotherOrder_SameShards()
    {
        // Given the same files listed in two orders, as two machines might find them
        var durations = new Dictionary<string, TimeSpan> { ["s/b.yaml"] = TimeSpan.FromSeconds(12) };

        // When each list is split
        var first = ShardSplit.Split(Files, 2, durations);
        var second = ShardSplit.Split(Files.Reverse(), 2, durations);

        // Then both machines take the same files
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Split_NoRecords_RoundRobinInNameOrder()
    {
        // Given files without any record
        // When they are split in two
        var shards = ShardSplit.Split(Files, 2, None);

        // Then they alternate in name order, each shard in name order
        Assert.That(shards[0], Is.EqualTo(new[] { "s/a.yaml", "s/c.yaml", "s/e.yaml" }));
        Assert.That(shards[1], Is.EqualTo(new[] { "s/b.yaml", "s/d.yaml" }));
    }

    [Test]
    public void Split_RecordedDurations_LongestFirstOntoLeastLoaded()
    {
        // Given one long scenario and four short ones, by name the long one would share a shard
        var durations = new Dictionary<string, TimeSpan>
        {
            ["s/a.yaml"] = TimeSpan.FromSeconds(60),
            ["s/b.yaml"] = TimeSpan.FromSeconds(20),
            ["s/c.yaml"] = TimeSpan.FromSeconds(15),
            ["s/d.yaml"] = TimeSpan.FromSeconds(15),
            ["s/e.yaml"] = TimeSpan.FromSeconds(10),
        };

        // When they are split in two
        var shards = ShardSplit.Split(Files, 2, durations);

        // Then the long one runs alone and both shards take 60s
        Assert.That(shards[0], Is.EqualTo(new[] { "s/a.yaml" }));
        Assert.That(shards[1], Is.EqualTo(new[] { "s/b.yaml", "s/c.yaml", "s/d.yaml", "s/e.yaml" }));
    }

    [Test]
    public void Split_FileWithoutRecord_WeighsTheMedian()
    {
        // Given records of 40s, 10s and 10s and a new file without one (it weighs 10s)
        var durations = new Dictionary<string, TimeSpan>
        {
            ["s/a.yaml"] = TimeSpan.FromSeconds(40),
            ["s/b.yaml"] = TimeSpan.FromSeconds(10),
            ["s/c.yaml"] = TimeSpan.FromSeconds(10),
        };

        // When they are split in two
        var shards = ShardSplit.Split(["s/a.yaml", "s/b.yaml", "s/c.yaml", "s/new.yaml"], 2, durations);

        // Then the new file joins the short ones, not the 40s one
        Assert.That(shards[0], Is.EqualTo(new[] { "s/a.yaml" }));
        Assert.That(shards[1], Is.EqualTo(new[] { "s/b.yaml", "s/c.yaml", "s/new.yaml" }));
        Assert.That(ShardSplit.Fallback(["s/a.yaml", "s/b.yaml", "s/c.yaml", "s/new.yaml"], durations), Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Split_MoreShardsThanFiles_LaterShardsEmpty()
    {
        // Given two files, one named twice, and four shards
        // When they are split
        var shards = ShardSplit.Split(["s/b.yaml", "s/a.yaml", "s/a.yaml"], 4, None);

        // Then each file runs once and the last shards have nothing to do
        Assert.That(shards.Select(s => s.Count), Is.EqualTo(new[] { 1, 1, 0, 0 }));
    }

    [Test]
    public void Split_ZeroShards_Throws()
    {
        // Given no shard at all
        // When the files are split
        // Then that is a programming error, not an empty split
        Assert.That(() => ShardSplit.Split(Files, 0, None), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
