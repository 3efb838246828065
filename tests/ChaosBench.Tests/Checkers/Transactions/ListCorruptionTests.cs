using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>What reads show on their own: lists corrupt or inconsistent within a transaction, and lost appends.</summary>
public sealed class ListCorruptionTests
{
    [Test]
    public void Check_ReadMissesItsOwnAppend_InternalAtEveryLevel()
    {
        // Given T1 read x as [1], appended 2, then read x as [1] again
        var history = new Txns().Ok(0, "append x 1").Ok(1, "r x 1", "append x 2", "r x 1").Ok(2, "r x 1 2");

        // When it is checked at the weakest level
        var result = history.Check(Isolation.ReadCommitted);

        // Then it is internally inconsistent, the expected list named
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["internal"] = 1 }));
        Assert.That(result.Anomalies.Single().Explanation, Is.EqualTo("T3 read x as [1], though its own earlier micro-ops make it [1 2]"));
    }

    [Test]
    public void Check_ReadAfterOwnAppendsWithoutEarlierRead_EndsWithThem()
    {
        // Given one transaction whose read ends with its own two appends, and one whose read lacks its last append
        var history = new Txns().Ok(0, "append x 1", "append x 2", "r x 1 2").Ok(1, "append y 1", "append y 2", "r y 2");

        // When it is checked
        var result = history.Check(Isolation.Serializable);

        // Then only the second is inconsistent, its unknown prefix shown as such
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["internal"] = 1 }));
        Assert.That(result.Anomalies.Single().Explanation, Does.EndWith("make it [... 1 2]"));
    }

    [Test]
    public void Check_ElementReadTwice_DuplicateElements()
    {
        // Given 1 appended once to x, and a read showing it twice
        var history = new Txns().Ok(0, "append x 1").Ok(1, "r x 1 1");

        // When it is checked
        var result = history.Check(Isolation.ReadCommitted);

        // Then the duplicate is reported
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["duplicate-elements"] = 1 }));
    }

    [Test]
    public void Check_ElementNobodyAppended_GarbageRead()
    {
        // Given a read of x showing 9, which no transaction appended
        var history = new Txns().Ok(0, "append x 1").Ok(1, "r x 1 9");

        // When it is checked
        var result = history.Check(Isolation.ReadCommitted);

        // Then the read is garbage
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["garbage-read"] = 1 }));
        Assert.That(result.Anomalies.Single().Explanation, Is.EqualTo("T3 read 9 in x, which no transaction appended"));
    }

    [Test]
    public void Check_ReadsDisagreeOnOrder_IncompatibleOrderOncePerList()
    {
        // Given three reads of x: [1 2], [2 1] and [2 1] again
        var history = new Txns().Ok(0, "append x 1").Ok(1, "append x 2").Ok(2, "r x 1 2").Ok(3, "r x 2 1").Ok(3, "r x 2 1");

        // When it is checked
        var result = history.Check(Isolation.ReadCommitted);

        // Then one incompatible order is reported for x
        Assert.That(result.Counts, Is.EqualTo(new Dictionary<string, int> { ["incompatible-order"] = 1 }));
        Assert.That(result.Anomalies.Single().Explanation, Is.EqualTo("reads of x disagree on its order: T7 read [2 1] and T5 read [1 2], neither a prefix of the other"));
    }

    [Test]
    public void Check_AcknowledgedAppendInNoLaterRead_LostWhenStrict()
    {
        // Given T1's acknowledged append of 1 to x, then T3 appending 2, and a read invoked afterwards showing only [2]
        var history = new Txns().Ok(0, "append x 1").Ok(1, "append x 2").Ok(2, "r x 2");

        // When it is checked as strict serializable
        var result = history.Check(Isolation.StrictSerializable);

        // Then the append is lost, naming the writer and the read that should have shown it
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(result.Counts["lost"], Is.EqualTo(1));
        var lost = result.Anomalies.First(a => a.Kind == "lost");
        Assert.That(lost.Transactions.Select(t => t.Index), Is.EqualTo(new[] { 5L, 1L }));
    }

    [Test]
    public void Check_AcknowledgedAppendInNoLaterRead_NotAnAnomalyOfSerializability()
    {
        // Given the same history: a serial order may put T1 after the read, and nothing else orders it
        var history = new Txns().Ok(0, "append x 1").Ok(1, "append x 2").Ok(2, "r x 2");

        // When it is checked as serializable, which says nothing of real time
        var result = history.Check(Isolation.Serializable);

        // Then it passes: only real time tells a lost append from a late one
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
    }

    [Test]
    public void Check_StaleRead_CycleThroughRealTimeWhenStrict()
    {
        // Given T1 appended 1 to x and completed; T3, invoked afterwards, read x empty; T5 later read [1]
        var history = new Txns().Ok(0, "append x 1").Ok(1, "r x").Ok(2, "r x 1");

        // When it is checked as strict serializable, and as serializable
        var strict = history.Check(Isolation.StrictSerializable);
        var serializable = history.Check(Isolation.Serializable);

        // Then real time closes a cycle with one anti-dependency; without real time there is none
        Assert.That(strict.Counts, Is.EqualTo(new Dictionary<string, int> { ["G-single-realtime"] = 1 }));
        Assert.That(strict.Anomalies.Single().Cycle.Select(d => d.Kind), Is.EquivalentTo(new[] { DependencyKind.Realtime, DependencyKind.ReadWrite }));
        Assert.That(serializable.Status, Is.EqualTo(VerdictStatus.Passed), serializable.Summary);
    }

    [Test]
    public void Check_ConcurrentReadMissesAppend_NoRealTimeCycle()
    {
        // Given a read invoked before T's append completed: it may be ordered first
        var history = new Txns().Invoke(0, "append x 1").Invoke(1, "r x")
            .Complete(0, OpType.Ok, "append x 1").Complete(1, OpType.Ok, "r x").Ok(2, "r x 1");

        // When it is checked as strict serializable
        var result = history.Check(Isolation.StrictSerializable);

        // Then it passes
        Assert.That(result.Status, Is.EqualTo(VerdictStatus.Passed), result.Summary);
    }
}
