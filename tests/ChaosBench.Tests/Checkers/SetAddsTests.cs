using ChaosBench.Checkers;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers;

/// <summary><c>no-lost-writes</c> on a history of set adds.</summary>
public sealed class SetAddsTests
{
    private static readonly Expectation NoLostWrites = new(new NoLostWritesChecker(), new NoLostWritesOptions());

    [Test]
    public void Check_EveryAcknowledgedAddPresent_PassesAndCountsIndeterminateApart()
    {
        // Given two acknowledged adds, a failed one, and two indeterminate ones of which one landed
        var history = new HistoryBuilder()
            .Add(0, "s", "0-0", 0, 5).Add(1, "s", "1-0", 1, 6).Add(0, "s", "0-1", 10, 12, OpType.Fail)
            .Add(1, "s", "1-1", 11, 13, OpType.Info).Add(2, "s", "2-0", 14, 0, OpType.Invoke)
            .FinalReadSet("s", "0-0", "1-0", "2-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then it passes, with the indeterminate adds counted apart
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That((verdict.Evidence["acknowledged-adds"], verdict.Evidence["failed-adds"], verdict.Evidence["indeterminate-adds"], verdict.Evidence["indeterminate-adds-present"]), Is.EqualTo((2, 1, 2, 1)));
    }

    [Test]
    public void Check_AcknowledgedAddMissing_FailsWithLostExample()
    {
        // Given an acknowledged add the final read does not show
        var history = new HistoryBuilder().Add(0, "s", "0-0", 0, 5).Add(0, "s", "0-1", 6, 8).FinalReadSet("s", "0-0").Build();

        // When it is checked
        var verdict = Check(history);

        // Then it is lost
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost-examples"], Is.EqualTo(new[] { "s+0-1" }));
    }

    [Test]
    public void Check_FailedOrNeverAddedMemberPresent_FailsAsUnexpected()
    {
        // Given a failed add that shows up, and a member nobody added
        var history = new HistoryBuilder().Add(0, "s", "0-0", 0, 5, OpType.Fail).Add(1, "s", "1-0", 0, 5).FinalReadSet("s", "0-0", "1-0", "9-9").Build();

        // When it is checked
        var verdict = Check(history);

        // Then both are unexpected
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["unexpected-examples"], Is.EqualTo(new[] { "s+0-0", "s+9-9" }));
    }

    [Test]
    public void Check_EmptySetAfterAcknowledgedAdds_FailsWithEveryAddLost()
    {
        // Given a set read back empty, as after a restart without persistence
        var history = new HistoryBuilder().Add(0, "s", "0-0", 0, 5).Add(1, "s", "1-0", 0, 5).FinalReadSet("s").Build();

        // When it is checked
        var verdict = Check(history);

        // Then every acknowledged add is lost
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["lost"], Is.EqualTo(2));
    }

    [Test]
    public void Check_SetNeverReadBack_FailsAsUnverified()
    {
        // Given adds and no final read
        var history = new HistoryBuilder().Add(0, "s", "0-0", 0, 5).Build();

        // When it is checked
        var verdict = Check(history);

        // Then nothing could be verified
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.StartWith("no final reads"));
    }

    [Test]
    public void Check_NoAddAcknowledged_UnknownNothingAcknowledged()
    {
        // Given adds that all failed or never answered, and an empty set read back
        var history = new HistoryBuilder().Add(0, "s", "0-0", 0, 5, OpType.Fail).Add(1, "s", "1-0", 0, 0, OpType.Invoke).FinalReadSet("s").Build();

        // When it is checked
        var verdict = Check(history);

        // Then there is nothing to judge
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(verdict.Summary, Does.StartWith("nothing acknowledged to judge: no add was acknowledged"));
    }

    private static Verdict Check(History history) => new NoLostWritesChecker().Check(NoLostWrites, new CheckInput(history, []));
}
