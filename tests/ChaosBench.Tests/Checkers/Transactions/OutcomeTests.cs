using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>Indeterminate and failed transactions, histories that cannot be judged, and the verdict a result becomes.</summary>
public sealed class OutcomeTests
{
    [Test]
    public void Check_IndeterminateAppendRead_CountsAsCommittedNotAborted()
    {
        // Given T1 timed out (info) after appending 1 to x, which a later read shows, and T3 never completed
        var history = new Txns().Info(0, "append x 1").Ok(1, "r x 1").Invoke(2, "append x 2");

        // When it is checked
        var result = history.Check(Isolation.StrictSerializable);

        // Then reading it is no aborted read, and the transaction that never completed is no lost append
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
        Assert.That(result.Stats, Is.EqualTo(new TransactionStats(1, 2, 0, 1)));
    }

    [Test]
    public void Check_IndeterminateTransactionObserved_ItsAppendsJoinCycles()
    {
        // Given T1 committed and T3 timed out, both appending to x and y, and reads showing x [1 2] but y [2 1]
        var history = new Txns().Ok(0, "append x 1", "append y 1").Info(1, "append x 2", "append y 2").Ok(2, "r x 1 2").Ok(3, "r y 2 1");

        // When it is checked at the weakest level
        var result = history.Check(Isolation.ReadCommitted);

        // Then the reads show T3 committed, and its appends close a write cycle with T1
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G0"] = 1 }));
        Assert.That(result.Anomalies.Single().Transactions.Select(t => (t.Index, t.Type)), Is.EquivalentTo(new[] { (1L, OpType.Ok), (3L, OpType.Info) }));
    }

    [Test]
    public void Check_IndeterminateTransaction_ItsUnknownReadsMakeNoEdges()
    {
        // Given write skew where one side's commit timed out, but a later read shows its append
        var history = new Txns()
            .Invoke(0, "r x", "r y", "append x 1").Invoke(1, "r x", "r y", "append y 1")
            .Complete(0, OpType.Ok, "r x", "r y", "append x 1").Complete(1, OpType.Info, "r x", "r y", "append y 1")
            .Ok(2, "r x 1", "r y 1");

        // When it is checked as serializable
        var result = history.Check(Isolation.Serializable);

        // Then the info transaction committed for all the history can tell, but its unknown reads make no edge: no cycle
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
    }

    [Test]
    public void Check_ClientInvokesAgainBeforeCompletion_EarlierOneStaysIndeterminate()
    {
        // Given a client whose append of 1 never completed before it invoked a read, which saw the append
        var history = new Txns().Invoke(0, "append x 1").Invoke(0, "r x").Complete(0, OpType.Ok, "r x 1");

        // When it is checked
        var result = history.Check(Isolation.StrictSerializable);

        // Then the append is indeterminate, not lost, and reading it is no aborted read
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
        Assert.That(result.Stats, Is.EqualTo(new TransactionStats(1, 1, 0, 1)));
    }

    [Test]
    public void Check_CompletionsWithoutInvocations_StillChecked()
    {
        // Given only completions, as Elle's own examples are written: T0 and T1 each read the other's append
        var history = new Txns().Complete(0, OpType.Ok, "append x 1", "r y 1").Complete(1, OpType.Ok, "append y 1", "r x 1");

        // When it is checked
        var result = history.Check(Isolation.StrictSerializable);

        // Then the cycle is found all the same
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["G1c"] = 1 }));
    }

    [Test]
    public void Check_FailedTransactionNeverObserved_NoAnomaly()
    {
        // Given a failed append nobody read, between two committed ones
        var history = new Txns().Ok(0, "append x 1").Fail(1, "append x 2").Ok(0, "append x 3", "r x 1 3");

        // When it is checked as strict serializable
        var result = history.Check(Isolation.StrictSerializable);

        // Then it passes: a failed transaction never took effect
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
        Assert.That(result.Stats.Failed, Is.EqualTo(1));
    }

    [Test]
    public void Check_NoTransactions_UnknownNeverPassed()
    {
        // Given a history of register writes only
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Invoke, 0, "write", "k", "v");
        history.Append(TimeSpan.Zero, OpType.Ok, 0, "write", "k", "v");

        // When it is checked
        var result = TransactionChecker.Check(history.Ops, Isolation.Serializable);

        // Then there is nothing to judge
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(result.Summary, Does.StartWith("no transactions in the history"));
    }

    [Test]
    public void Check_NothingCommitted_Unknown()
    {
        // Given only failed and indeterminate transactions
        var history = new Txns().Fail(0, "append x 1").Info(1, "append x 2");

        // When it is checked
        var result = history.Check(Isolation.Serializable);

        // Then there is nothing to judge
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(result.Summary, Does.StartWith("none of the 2 transactions committed"));
    }

    [TestCase("w x 1", "neither 'append' nor 'r'")]
    [TestCase("append x 1", "both append 1 to x")]
    public void Check_HistoryOutsideListAppend_UnknownSayingWhy(string second, string why)
    {
        // Given a committed append of 1 to x, then a register write, or a second append of the same element
        var history = new Txns().Ok(0, "append x 1").Ok(1, second);

        // When it is checked
        var result = history.Check(Isolation.Serializable);

        // Then it cannot be judged, and the summary says why and what to fix
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(result.Summary, Does.Contain(why).And.Contain("fix:"));
    }

    [Test]
    public void Check_SearchBudgetSpent_SnapshotIsolationUnknownSerializableStillFails()
    {
        // Given write skew, and no budget to search for a single-anti-dependency cycle
        var history = new Txns()
            .Invoke(0, "r x", "r y", "append x 1").Invoke(1, "r x", "r y", "append y 1")
            .Complete(0, OpType.Ok, "r x", "r y", "append x 1").Complete(1, OpType.Ok, "r x", "r y", "append y 1");
        var broke = new TransactionCheckOptions { SearchBudget = 0 };

        // When it is checked at snapshot isolation and as serializable
        var snapshot = history.Check(Isolation.SnapshotIsolation, broke);
        var serializable = history.Check(Isolation.Serializable, broke);

        // Then snapshot isolation cannot be decided, never passed; serializability fails on the cycle it knows is there
        Assert.That(snapshot.Status, Is.EqualTo(VerdictStatus.Unknown), snapshot.Summary);
        Assert.That(serializable.Status, Is.EqualTo(VerdictStatus.Failed), serializable.Summary);
    }

    [Test]
    public void Check_ManyAnomalies_CountsAllKeepsAFewExamples()
    {
        // Given twelve reads of failed appends
        var history = new Txns();
        for (var i = 0; i < 12; i++)
        {
            history.Fail(0, $"append x{i} 1").Ok(1, $"r x{i} 1");
        }

        // When it is checked keeping three examples
        var result = history.Check(Isolation.ReadCommitted, new TransactionCheckOptions { MaxExamples = 3 });

        // Then all twelve are counted and three kept
        Assert.That(result.Counts["G1a"], Is.EqualTo(12));
        Assert.That(result.Anomalies, Has.Count.EqualTo(3));
    }

    [Test]
    public void ToVerdict_Cycle_PlainEvidenceAReportCanDraw()
    {
        // Given the read skew of T1, T3 and T5
        var result = new Txns().Ok(0, "append x 1", "append y 1").Ok(1, "r x", "r y 1").Ok(2, "r x 1", "r y 1").Check(Isolation.Serializable);

        // When it becomes a verdict
        var verdict = result.ToVerdict();

        // Then it carries the counts and the cycle as plain lists and maps
        Assert.That((verdict.Expectation, verdict.Status), Is.EqualTo(("serializable", VerdictStatus.Failed)));
        Assert.That(verdict.Evidence["anomaly-counts"], Is.EqualTo(new Dictionary<string, object?> { ["G-single"] = 1 }));
        var anomaly = (Dictionary<string, object?>)((List<Dictionary<string, object?>>)verdict.Evidence["anomalies"]!).Single();
        var steps = (List<object?>)anomaly["cycle"]!;
        Assert.That(steps.Cast<Dictionary<string, object?>>().Select(s => (s["from"], s["to"], s["kind"])), Is.EquivalentTo(new[] { ((object?)1L, (object?)3L, (object?)"wr"), (3L, 1L, "rw") }));
        var transactions = ((List<object?>)anomaly["transactions"]!).Cast<Dictionary<string, object?>>();
        Assert.That(transactions.Select(t => t["micro-ops"]), Is.EquivalentTo(new[] { "[append x 1] [append y 1]", "[r x []] [r y [1]]" }));
    }
}
