using ChaosBench.Checkers;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers;

/// <summary><c>no-lost-writes</c> on a history of list appends.</summary>
public sealed class ListAppendsTests
{
    private static readonly Expectation NoLostWrites = new(new NoLostWritesChecker(), new NoLostWritesOptions());

    [Test]
    public void Check_EveryAcknowledgedAppendPresentInOrder_PassesAndCountsIndeterminateApart()
    {
        // Given two concurrent acknowledged appends listed either way, a later one, a failed one, and two
        // indeterminate ones of which one landed
        var history = new HistoryBuilder()
            .Append(0, "l", "0-0", 0, 5).Append(1, "l", "1-0", 1, 6).Append(0, "l", "0-1", 10, 12)
            .Append(1, "l", "1-1", 11, 13, OpType.Fail).Append(2, "l", "2-0", 14, 20, OpType.Info).Append(3, "l", "3-0", 15, 0, OpType.Invoke)
            .FinalReadList("l", "1-0", "0-0", "0-1", "3-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then it passes, with the indeterminate appends counted apart
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That((verdict.Evidence["acknowledged-appends"], verdict.Evidence["failed-appends"], verdict.Evidence["indeterminate-appends"], verdict.Evidence["indeterminate-appends-present"]), Is.EqualTo((3, 1, 2, 1)));
    }

    [Test]
    public void Check_AcknowledgedAppendMissing_FailsWithLostExample()
    {
        // Given an acknowledged append the final read does not show
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5).Append(0, "l", "0-1", 6, 8).FinalReadList("l", "0-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then it is lost
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost-examples"], Is.EqualTo(new[] { "l+0-1" }));
    }

    [Test]
    public void Check_FailedOrNeverAppendedElementPresent_FailsAsUnexpected()
    {
        // Given a failed append that shows up, and an element nobody appended
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5, OpType.Fail).Append(1, "l", "1-0", 0, 5).FinalReadList("l", "0-0", "1-0", "9-9").Build();

        // When it is checked
        var verdict = Check(history);

        // Then both are unexpected
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["unexpected-examples"], Is.EqualTo(new[] { "l+0-0", "l+9-9" }));
    }

    [Test]
    public void Check_ElementTwice_FailsAsDuplicate()
    {
        // Given an acknowledged append whose element the list holds twice, as a retried RPUSH would leave it
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5).Append(0, "l", "0-1", 6, 8).FinalReadList("l", "0-0", "0-1", "0-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then the duplicate is reported, and nothing else
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["duplicate-examples"], Is.EqualTo(new[] { "l+0-0" }));
        Assert.That((verdict.Evidence["lost"], verdict.Evidence["unexpected"], verdict.Evidence["order-violations"]), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public void Check_LaterAppendListedFirst_FailsWithOrderViolation()
    {
        // Given 0-0 completed at 5 ms before 1-0 was invoked at 10 ms, yet 1-0 is listed first
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5).Append(1, "l", "1-0", 10, 12).FinalReadList("l", "1-0", "0-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then the order violation is counted apart, with both elements and their times
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That((verdict.Evidence["order-violations"], verdict.Evidence["lost"], verdict.Evidence["duplicates"]), Is.EqualTo((1, 0, 0)));
        Assert.That(verdict.Evidence["order-violation-examples"], Is.EqualTo(new[] { "l: 1-0 before 0-0, though 0-0 completed at 0.005s and 1-0 was invoked at 0.010s" }));
    }

    [Test]
    public void Check_IndeterminateAppendsPresentOrAbsentAnywhere_Pass()
    {
        // Given indeterminate appends, one listed out of real-time order and one absent
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5, OpType.Info).Append(1, "l", "1-0", 10, 12).Append(2, "l", "2-0", 1, 2, OpType.Info)
            .FinalReadList("l", "1-0", "0-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then order is only judged between acknowledged appends
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That((verdict.Evidence["indeterminate-appends"], verdict.Evidence["indeterminate-appends-present"]), Is.EqualTo((2, 1)));
    }

    [Test]
    public void Check_ListNeverReadBack_FailsAsUnverified()
    {
        // Given appends and no final read
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5).Build();

        // When it is checked
        var verdict = Check(history);

        // Then nothing could be verified
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.StartWith("no final reads"));
    }

    [Test]
    public void Check_NoAppendAcknowledged_UnknownNothingAcknowledged()
    {
        // Given appends that all failed, and an empty list read back
        var history = new HistoryBuilder().Append(0, "l", "0-0", 0, 5, OpType.Fail).FinalReadList("l").Build();

        // When it is checked
        var verdict = Check(history);

        // Then there is nothing to judge
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(verdict.Summary, Does.StartWith("nothing acknowledged to judge: no append was acknowledged"));
    }

    private static Verdict Check(History history) => new NoLostWritesChecker().Check(NoLostWrites, new CheckInput(history, []));
}
