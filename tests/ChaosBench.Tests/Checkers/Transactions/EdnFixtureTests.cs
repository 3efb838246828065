using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Elle;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>The EDN histories in <c>fixtures/histories</c>, read as Jepsen wrote them, each judged as its README says.</summary>
public sealed class EdnFixtureTests
{
    [TestCase("g0.edn", "G0", Isolation.ReadCommitted)]
    [TestCase("g1a.edn", "G1a", Isolation.ReadCommitted)]
    [TestCase("g1b.edn", "G1b", Isolation.ReadCommitted)]
    [TestCase("g1c.edn", "G1c", Isolation.ReadCommitted)]
    [TestCase("g-single.edn", "G-single", Isolation.SnapshotIsolation)]
    [TestCase("g2-item.edn", "G2-item", Isolation.Serializable)]
    [TestCase("serializable.edn", null, null)]
    public void Check_Fixture_ItsAnomalyExactlyFromTheWeakestLevelForbiddingIt(string file, string? anomaly, Isolation? weakest)
    {
        // Given the fixture, read from EDN
        var ops = HistoryEdn.Read(Path.Combine(TestEnvironment.RepoRoot, "fixtures", "histories", file));

        // When it is checked at every level
        // Then levels below the weakest forbidding its anomaly pass, and the others fail naming that anomaly alone
        foreach (var level in Enum.GetValues<Isolation>())
        {
            var result = TransactionChecker.Check(ops, level);
            var forbidden = weakest is not null && level >= weakest;
            Assert.That(result.Status, Is.EqualTo(forbidden ? VerdictStatus.Failed : VerdictStatus.Passed), $"{file} at {level}: {result.Summary}");
            var found = result.Counts.Concat(result.AllowedCounts).ToDictionary(c => c.Key, c => c.Value);
            Assert.That(found, Is.EqualTo(anomaly is null ? new Dictionary<string, int>() : new Dictionary<string, int> { [anomaly] = 1 }), $"{file} at {level}");
        }
    }

    [Test]
    public void Check_WriteSkewFixture_ExplainsTheCycleAsTheDocsShow()
    {
        // Given the write skew fixture, as docs/transactions.md reads it
        var ops = HistoryEdn.Read(Path.Combine(TestEnvironment.RepoRoot, "fixtures", "histories", "g2-item.edn"));

        // When it is checked as serializable
        var anomaly = TransactionChecker.Check(ops, Isolation.Serializable).Anomalies.Single();

        // Then the explanation is the one the docs quote
        Assert.That(anomaly.Explanation, Is.EqualTo("G2-item cycle T5 -> T4 -> T5: T5 read 1 empty, before T4's append of 1; T4 read 2 empty, before T5's append of 1"));
    }
}
