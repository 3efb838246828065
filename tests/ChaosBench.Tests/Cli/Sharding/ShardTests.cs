using ChaosBench.Cli.Sharding;

namespace ChaosBench.Tests.Cli.Sharding;

public sealed class ShardTests
{
    [TestCase("1/1", 1, 1)]
    [TestCase("2/3", 2, 3)]
    [TestCase("10/10", 10, 10)]
    public void Parse_IOfN_IndexAndCount(string text, int index, int count)
    {
        // Given a shard as the user writes it
        // When it is parsed
        var shard = Shard.Parse(text);

        // Then it names that shard
        Assert.That(shard, Is.EqualTo(new Shard(index, count)));
    }

    [TestCase("0/2")]
    [TestCase("3/2")]
    [TestCase("1/0")]
    [TestCase("-1/2")]
    [TestCase("+1/2")]
    [TestCase(" 1/2")]
    [TestCase("1/2/3")]
    [TestCase("a/b")]
    [TestCase("2")]
    [TestCase("")]
    public void Parse_NotIOfNWithinRange_Null(string text)
    {
        // Given a spec that is not I/N with 1 <= I <= N
        // When it is parsed
        // Then it is refused
        Assert.That(Shard.Parse(text), Is.Null);
    }
}
