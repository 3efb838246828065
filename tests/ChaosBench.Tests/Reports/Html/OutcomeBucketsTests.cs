using ChaosBench.Model.History;
using ChaosBench.Reports.Html;

namespace ChaosBench.Tests.Reports.Html;

public sealed class OutcomeBucketsTests
{
    [Test]
    public void Of_OpsAroundAFault_CountsCompletionsPerBucketOnTheRunAxis()
    {
        // Given a 4 s run: ok at 1.5 s, a failure and an indeterminate op at 2.2 s (ops share the run's clock)
        var history = new History();
        history.Append(TimeSpan.FromSeconds(1.4), OpType.Invoke, 0, "write", "k", "v1");
        history.Append(TimeSpan.FromSeconds(1.5), OpType.Ok, 0, "write", "k", "v1");
        history.Append(TimeSpan.FromSeconds(2.2), OpType.Fail, 1, "read", "k", null, "refused");
        history.Append(TimeSpan.FromSeconds(2.2), OpType.Info, 2, "write", "k", "v2", "timeout");

        // When it is bucketed by the second
        var buckets = OutcomeBuckets.Of(history.Ops, TimeSpan.FromSeconds(4), 4);

        // Then invocations are not counted and each completion lands in its second of the run
        Assert.That(buckets.Select(b => (b.Ok, b.Fail, b.Info)), Is.EqualTo(new[] { (0, 0, 0), (1, 0, 0), (0, 1, 1), (0, 0, 0) }));
        Assert.That(buckets[2].Start, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Of_OpAtTheVeryEnd_LandsInTheLastBucket()
    {
        // Given an op completing exactly when the axis ends
        var history = new History();
        history.Append(TimeSpan.FromSeconds(4), OpType.Ok, 0, "read", "k", "v");

        // When it is bucketed
        var buckets = OutcomeBuckets.Of(history.Ops, TimeSpan.FromSeconds(4), 4);

        // Then it is not lost off the edge
        Assert.That(buckets[^1].Ok, Is.EqualTo(1));
    }
}
