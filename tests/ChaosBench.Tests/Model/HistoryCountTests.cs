using ChaosBench.Model.History;

namespace ChaosBench.Tests.Model;

public sealed class HistoryCountTests
{
    [Test]
    public void CountOf_OpsOfEveryTypeAndATransaction_CountsEachTypeAsAppended()
    {
        // Given a history with two invocations, one ok, one fail and an indeterminate transaction
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Invoke, 0, "write", "k", "1");
        history.Append(TimeSpan.Zero, OpType.Invoke, 1, "write", "k", "2");
        history.Append(TimeSpan.FromMilliseconds(1), OpType.Ok, 0, "write", "k", "1");
        history.Append(TimeSpan.FromMilliseconds(2), OpType.Fail, 1, "write", "k", "2");
        history.Append(TimeSpan.FromMilliseconds(3), OpType.Info, 2, [new MicroOp("append", "k", "3", null)]);

        // Then each type is counted apart
        Assert.That(new[] { OpType.Invoke, OpType.Ok, OpType.Fail, OpType.Info }.Select(history.CountOf), Is.EqualTo(new[] { 2, 1, 1, 1 }));
    }

    [Test]
    public void CountOf_HistoryOfRecordedOps_CountsThemToo()
    {
        var recorded = new History();
        recorded.Append(TimeSpan.Zero, OpType.Ok, 0, "read", "k", null);

        Assert.That(History.Of(recorded.Ops).CountOf(OpType.Ok), Is.EqualTo(1));
    }
}
