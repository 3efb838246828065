using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>One hand-built history per Adya anomaly class, each classified exactly, and histories that pass.</summary>
public sealed class AnomalyClassTests
{
    [Test]
    public void Check_WritesInterleavedBothWays_G0Exactly()
    {
        // Given T1 and T3 appending to x and y, and reads showing T1 first on x but T3 first on y: a write cycle
        var history = new Txns()
            .Ok(0, "append x 1", "append y 1").Ok(1, "append x 2", "append y 2")
            .Ok(2, "r x 1 2").Ok(3, "r y 2 1");

        // When it is checked at the weakest level
        var result = history.Check(Isolation.ReadCommitted);

        // Then it is one G0 cycle between the two writers, over write-write edges only
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Failed), result.Summary);
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G0"] = 1 }));
        var cycle = result.Anomalies.Single();
        Assert.That(cycle.Transactions.Select(t => t.Index), Is.EquivalentTo(new[] { 1L, 3L }));
        Assert.That(cycle.Cycle.Select(d => (d.Kind, d.Key)), Is.EquivalentTo(new[] { (DependencyKind.WriteWrite, "x"), (DependencyKind.WriteWrite, "y") }));
    }

    [Test]
    public void Check_ReadOfAFailedAppend_G1aExactly()
    {
        // Given T1's append of 1 to x failed, yet T3 read it
        var history = new Txns().Fail(0, "append x 1").Ok(1, "r x 1");

        // When it is checked
        var result = history.Check(Isolation.ReadCommitted);

        // Then it is an aborted read naming the reader and the failed writer
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G1a"] = 1 }));
        Assert.That(result.Anomalies.Single().Transactions.Select(t => t.Index), Is.EqualTo(new[] { 3L, 1L }));
    }

    [Test]
    public void Check_ReadOfAnIntermediateAppend_G1bExactly()
    {
        // Given T1 appended 1 then 2 to x, and T3 read x as [1]: a state T1 never committed
        var history = new Txns().Ok(0, "append x 1", "append x 2").Ok(1, "r x 1").Ok(2, "r x 1 2");

        // When it is checked
        var result = history.Check(Isolation.Serializable);

        // Then it is an intermediate read, and no cycle: T1's two appends are one version, as in Adya's model
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G1b"] = 1 }));
        Assert.That(result.Anomalies.Single().Transactions.Select(t => t.Index), Is.EqualTo(new[] { 3L, 1L }));
    }

    [Test]
    public void Check_EachReadsTheOthersAppend_G1cExactly()
    {
        // Given T1 appends to x and reads T3's append to y, while T3 appends to y and reads T1's append to x
        var history = new Txns()
            .Invoke(0, "append x 1", "r y").Invoke(1, "append y 1", "r x")
            .Complete(0, OpType.Ok, "append x 1", "r y 1").Complete(1, OpType.Ok, "append y 1", "r x 1");

        // When it is checked at the weakest level
        var result = history.Check(Isolation.ReadCommitted);

        // Then it is circular information flow: two write-read edges
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G1c"] = 1 }));
        Assert.That(result.Anomalies.Single().Cycle.Select(d => d.Kind), Is.EqualTo(new[] { DependencyKind.WriteRead, DependencyKind.WriteRead }));
    }

    [Test]
    public void Check_ReadSkew_GSingleExactly()
    {
        // Given T1 appends to x and y; T3 saw T1's y but not its x; T5 saw both
        var history = ReadSkew();

        // When it is checked at snapshot isolation
        var result = history.Check(Isolation.SnapshotIsolation);

        // Then it is one cycle with a single anti-dependency, which snapshot isolation forbids
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Failed), result.Summary);
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G-single"] = 1 }));
        Assert.That(result.Anomalies.Single().Cycle.Select(d => d.Kind), Is.EquivalentTo(new[] { DependencyKind.WriteRead, DependencyKind.ReadWrite }));
    }

    [Test]
    public void Check_ReadSkew_AllowedAtReadCommitted()
    {
        // Given the read skew above
        var history = ReadSkew();

        // When it is checked at read committed
        var result = history.Check(Isolation.ReadCommitted);

        // Then it passes, the cycle reported as allowed
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
        Assert.That(result.AllowedCounts, Is.EqualTo(new Dictionary<string, int> { ["G-single"] = 1 }));
    }

    [Test]
    public void Check_WriteSkew_G2ItemExactlyFailingSerializable()
    {
        // Given write skew: T1 and T3 both read x and y empty, then T1 appends to x and T3 to y
        var history = WriteSkew();

        // When it is checked as serializable
        var result = history.Check(Isolation.Serializable);

        // Then it is a cycle of two anti-dependencies
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Failed), result.Summary);
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G2-item"] = 1 }));
        var cycle = result.Anomalies.Single();
        Assert.That(cycle.Cycle.Select(d => d.Kind), Is.EqualTo(new[] { DependencyKind.ReadWrite, DependencyKind.ReadWrite }));
        Assert.That(cycle.Explanation, Does.StartWith("G2-item cycle T").And.Contain("read y empty, before T"));
    }

    [Test]
    public void Check_WriteSkew_PassesSnapshotIsolation()
    {
        // Given the same write skew
        var history = WriteSkew();

        // When it is checked at snapshot isolation, which allows it
        var result = history.Check(Isolation.SnapshotIsolation);

        // Then it passes, the G2-item reported as allowed
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
        Assert.That(result.Counts, Is.Empty);
        Assert.That(result.AllowedCounts, Is.EqualTo(new Dictionary<string, int> { ["G2-item"] = 1 }));
        Assert.That(result.Summary, Does.Contain("allowed: 1 G2-item"));
    }

    [Test]
    public void Check_SerializableHistory_PassesEveryLevel()
    {
        // Given concurrent transactions that all fit one serial order: T appends, readers see prefixes, appends follow reads
        var history = new Txns()
            .Ok(0, "append x 1", "r y").Invoke(1, "r x", "append y 1").Invoke(2, "r x", "r y")
            .Complete(1, OpType.Ok, "r x 1", "append y 1").Complete(2, OpType.Ok, "r x 1", "r y 1")
            .Ok(0, "append x 2", "append y 2", "r x 1 2").Ok(1, "r x 1 2", "r y 1 2");

        // When it is checked at every level
        // Then each passes with nothing found
        foreach (var level in Enum.GetValues<Isolation>())
        {
            var result = history.Check(level);
            Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), $"{level}: {result.Summary}");
            Assert.That(result.Counts.Concat(result.AllowedCounts), Is.Empty, level.ToString());
            Assert.That(result.Stats, Is.EqualTo(new TransactionStats(5, 0, 0, 2)));
        }
    }

    /// <summary>T1 appends to x and y; T3 saw its y but not its x; T5 saw both.</summary>
    private static Txns ReadSkew() => new Txns().Ok(0, "append x 1", "append y 1").Ok(1, "r x", "r y 1").Ok(2, "r x 1", "r y 1");

    /// <summary>T2 and T3 both read x and y empty, then T2 appends to x and T3 to y; T5 reads both.</summary>
    private static Txns WriteSkew() => new Txns()
        .Invoke(0, "r x", "r y", "append x 1").Invoke(1, "r x", "r y", "append y 1")
        .Complete(0, OpType.Ok, "r x", "r y", "append x 1").Complete(1, OpType.Ok, "r x", "r y", "append y 1")
        .Ok(2, "r x 1", "r y 1");
}
