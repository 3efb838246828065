using ChaosBench.Model.History;

namespace ChaosBench.Tests.Model;

/// <summary>Transactions in the history: the optional micro-operations of an op, and their equality.</summary>
public sealed class TxnOpTests
{
    [Test]
    public void Equals_SameMicroOpsInOtherLists_Equal()
    {
        // Given two transactions built from different list instances with the same micro-ops
        var a = new Op(0, TimeSpan.Zero, OpType.Ok, 1, TxnFunctions.Txn, null, null) { Txn = [MicroOp.AppendOf("x", "1"), MicroOp.ReadOf("x", new List<string> { "1" })] };
        var b = new Op(0, TimeSpan.Zero, OpType.Ok, 1, TxnFunctions.Txn, null, null) { Txn = new List<MicroOp> { MicroOp.AppendOf("x", "1"), MicroOp.ReadOf("x", ["1"]) } };

        // When they are compared
        // Then they are equal, hashes included
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }

    [Test]
    public void Equals_ReadElementsDiffer_NotEqual()
    {
        // Given two reads of x, one seeing [1 2] and one [2 1]
        var a = new Op(0, TimeSpan.Zero, OpType.Ok, 1, TxnFunctions.Txn, null, null) { Txn = [MicroOp.ReadOf("x", ["1", "2"])] };
        var b = a with { Txn = [MicroOp.ReadOf("x", ["2", "1"])] };

        // When they are compared
        // Then the order of the elements tells them apart
        Assert.That(a, Is.Not.EqualTo(b));
    }

    [Test]
    public void Txn_ListChangedAfterwards_OpKeepsWhatItWasGiven()
    {
        // Given a transaction built from a list the caller goes on changing
        var mops = new List<MicroOp> { MicroOp.AppendOf("x", "1") };
        var op = new Op(0, TimeSpan.Zero, OpType.Invoke, 0, TxnFunctions.Txn, null, null) { Txn = mops };

        // When the list changes
        mops.Add(MicroOp.AppendOf("x", "2"));

        // Then the op still holds its one micro-op
        Assert.That(op.Txn, Has.Count.EqualTo(1));
    }

    [Test]
    public void Of_OpsWithTransactions_KeepsTheirMicroOpsAndRenumbers()
    {
        // Given a transaction recorded at index 7 elsewhere
        var recorded = new Op(7, TimeSpan.FromMilliseconds(3), OpType.Ok, 2, TxnFunctions.Txn, null, null) { Txn = [MicroOp.ReadOf("x", [])] };

        // When a history is made of it
        var op = ChaosBench.Model.History.History.Of([recorded]).Ops.Single();

        // Then only its index changed
        Assert.That(op, Is.EqualTo(recorded with { Index = 0 }));
    }

    [Test]
    public void ToString_MicroOps_ElleNotation()
    {
        // Given an append, a completed read and a read not completed
        // When they are printed
        // Then they read as Elle writes them
        Assert.That(
            new[] { MicroOp.AppendOf("x", "1").ToString(), MicroOp.ReadOf("x", ["1", "2"]).ToString(), MicroOp.ReadOf("y").ToString() },
            Is.EqualTo(new[] { "[append x 1]", "[r x [1 2]]", "[r y nil]" }));
    }
}
