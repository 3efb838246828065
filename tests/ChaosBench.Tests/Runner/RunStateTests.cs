using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;
using ChaosBench.Runner;

namespace ChaosBench.Tests.Runner;

/// <summary>How the verdicts make the run's outcome: a deviation is failed, a verdict that could not be reached is errored.</summary>
public sealed class RunStateTests
{
    [Test]
    public void Judge_UnknownBeforeFailed_FailedNamingTheFailedOne()
    {
        // Given a first expectation with nothing to judge and a second that deviated
        var state = State(Verdict("no-lost-writes", VerdictStatus.Unknown, "nothing acknowledged to judge"), Verdict("log", VerdictStatus.Failed, "never logged"));

        // When the verdicts are judged
        state.Judge();

        // Then the deviation decides, whatever the order they were written in (as Jepsen merges validity)
        Assert.That((state.Outcome, state.FailedStep, state.Reason), Is.EqualTo((Outcome.Failed, "expect[1] log", "never logged")));
    }

    [Test]
    public void Judge_UnknownAndPassed_ErroredWithTheUnknownOnesReason()
    {
        var state = State(Verdict("no-lost-writes", VerdictStatus.Passed, "all readable"), Verdict("recovers-within 10s", VerdictStatus.Unknown, "no operation after the repair (start etcd-1)"));

        state.Judge();

        Assert.That((state.Outcome, state.FailedStep, state.Reason), Is.EqualTo((Outcome.Errored, "expect[1] recovers-within 10s", "no operation after the repair (start etcd-1)")));
    }

    [Test]
    public void Judge_AllPassed_Passed()
    {
        var state = State(Verdict("no-lost-writes", VerdictStatus.Passed, "all readable"));

        state.Judge();

        Assert.That(state.Outcome, Is.EqualTo(Outcome.Passed));
    }

    private static RunState State(params Verdict[] verdicts) => new() { Secrets = new Redactor(), Verdicts = verdicts };

    private static Verdict Verdict(string expectation, VerdictStatus status, string summary) => new(expectation, status, summary, new Dictionary<string, object?>());
}
