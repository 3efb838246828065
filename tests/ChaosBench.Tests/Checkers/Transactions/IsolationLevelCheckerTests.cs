using ChaosBench.Checkers;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>The isolation-level expectations as a run judges them: through the catalogue, into a verdict.</summary>
public sealed class IsolationLevelCheckerTests
{
    /// <summary>Write skew: T3 and T5 read both lists empty, then each appends to one of them.</summary>
    private static Txns WriteSkew() => new Txns()
        .Invoke(0, "r x", "r y", "append x 1")
        .Invoke(1, "r x", "r y", "append y 1")
        .Complete(0, OpType.Ok, "r x", "r y", "append x 1")
        .Complete(1, OpType.Ok, "r x", "r y", "append y 1")
        .Ok(0, "r x 1", "r y 1");

    [TestCase("read-committed", VerdictStatus.Passed)]
    [TestCase("snapshot-isolation", VerdictStatus.Passed)]
    [TestCase("serializable", VerdictStatus.Failed)]
    [TestCase("strict-serializable", VerdictStatus.Failed)]
    public void Check_WriteSkew_FailsOnlyWhereTheLevelForbidsIt(string level, VerdictStatus status)
    {
        // Given a write skew, judged by the expectation the level names
        var verdict = Judge(level, WriteSkew().Ops);

        // Then only serializable levels fail it; the verdict is named as the scenario names the expectation
        Assert.That(verdict.Status, Is.EqualTo(status), verdict.Summary);
        Assert.That(verdict.Expectation, Is.EqualTo(level));
    }

    [Test]
    public void Check_WriteSkewAsSerializable_SummaryNamesTheAnomalyTheCycleAndItsEdges()
    {
        // Given the write skew
        // When it is judged serializable
        var verdict = Judge("serializable", WriteSkew().Ops);

        // Then the summary counts the anomaly and explains the cycle, transaction by transaction, edge by edge
        Assert.That(verdict.Summary, Does.StartWith("not serializable: 1 G2-item in 3 committed transactions"));
        Assert.That(verdict.Summary, Does.EndWith("; e.g. G2-item cycle T3 -> T2 -> T3: T3 read x empty, before T2's append of 1; T2 read y empty, before T3's append of 1"));
        var anomaly = ((IEnumerable<object?>)verdict.Evidence["anomalies"]!).Cast<Dictionary<string, object?>>().Single();
        Assert.That(anomaly["kind"], Is.EqualTo("G2-item"));
        Assert.That(((IEnumerable<object?>)anomaly["cycle"]!).Cast<Dictionary<string, object?>>().Select(e => e["kind"]), Is.EqualTo(new[] { "rw", "rw" }));
    }

    [Test]
    public void Check_SnapshotIsolationOnWriteSkew_PassesAndCountsItAsAllowed()
    {
        // Given the write skew, when judged under snapshot isolation
        var verdict = Judge("snapshot-isolation", WriteSkew().Ops);

        // Then it passes, saying what it allowed
        Assert.That(verdict.Summary, Does.EndWith("; allowed: 1 G2-item"));
    }

    [TestCase("serializable")]
    [TestCase("read-committed")]
    public void Check_NoTransactions_Unknown(string level)
    {
        // Given a history of register writes alone
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Invoke, 0, KvFunctions.Write, "k", "1");
        history.Append(TimeSpan.FromMilliseconds(1), OpType.Ok, 0, KvFunctions.Write, "k", "1");

        // When judged, then nothing could be: unknown, never passed
        var verdict = Judge(level, history.Ops);
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown), verdict.Summary);
    }

    [Test]
    public void Catalog_IsolationLevels_JudgeTheHistoryAlone()
    {
        // Given the built-in expectations, then every isolation level is one chaosbench check may judge
        foreach (var name in new[] { "read-committed", "snapshot-isolation", "serializable", "strict-serializable" })
        {
            var kind = TestKinds.Expectation(name);
            Assert.That((kind.JudgesHistory, kind.JudgesHistoryAlone, kind is IChecker), Is.EqualTo((true, true, true)), name);
        }
    }

    private static Verdict Judge(string level, IReadOnlyList<Op> ops) =>
        Judging.Judge(new Expectation(TestKinds.Expectation(level), new NoOptions()), new CheckInput(History.Of(ops), []));
}
