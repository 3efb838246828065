using ChaosBench.Hosting;
using ChaosBench.Model.Records;
using ChaosBench.NUnit;
using ChaosBench.Reports;
using ChaosBench.Runner;
using ChaosBench.Tests.Reports;

namespace ChaosBench.Tests.NUnit;

/// <summary>How a run's outcome becomes an NUnit result, over hand-built runs: no engine.</summary>
public sealed class ChaosAssertTests
{
    [Test]
    public void Passed_PassedRun_DoesNotThrow()
    {
        // Given a run whose every expectation held
        var run = Run(SampleRuns.Passed());

        // When it is asserted, Then nothing is reported
        Assert.DoesNotThrow(() => ChaosAssert.Passed(run));
    }

    [Test]
    public void Passed_FailedRun_FailsNamingTheExpectationAndItsEvidence()
    {
        // Given a run whose recovers-within expectation deviated
        var run = Run(SampleRuns.Failed());

        // When it is asserted
        var failure = Assert.Throws<AssertionException>(() => ChaosAssert.Passed(run));

        // Then the failure says which expectation, what it measured, and where the report is; passed verdicts stay out
        Assert.That(failure!.Message, Does.Contain("etcd-kill-member failed (an expectation deviated, seed 7) at expect[1] recovers-within"));
        Assert.That(failure.Message, Does.Contain("failed recovers-within: 10s: etcd-2 became healthy 14.2s after it was started"));
        Assert.That(failure.Message, Does.Contain("measured: 14.2s").And.Contain("limit: 10s").And.Contain("member: etcd-2"));
        Assert.That(failure.Message, Does.Contain(Path.Combine(SampleRuns.Folder, "report.html")));
        Assert.That(failure.Message, Does.Not.Contain("acknowledged-writes"));
    }

    [Test]
    public void Passed_ErroredRun_ThrowsAnErrorNamingTheStep()
    {
        // Given a run the harness could not provision
        var run = Run(SampleRuns.Errored());

        // When it is asserted
        var error = Assert.Throws<ChaosRunException>(() => ChaosAssert.Passed(run));

        // Then it is an error, not a failure, and says the environment failed, where, and why
        Assert.That(error!.Outcome, Is.EqualTo(Outcome.Errored));
        Assert.That(error.Step, Is.EqualTo("provision etcd-2"));
        Assert.That(error.Message, Does.Contain("errored (the harness or the environment failed, so there is no verdict"));
        Assert.That(error.Message, Does.Contain("at provision etcd-2: the engine refused to create the container: no space left on device"));
    }

    [Test]
    public void Passed_AbortedRun_ThrowsAnErrorSayingItWasCancelled()
    {
        var run = Run(SampleRuns.Errored() with { Run = SampleRuns.Errored().Run with { Outcome = Outcome.Aborted, FailedStep = "workload", Reason = "cancelled" } });

        var error = Assert.Throws<ChaosRunException>(() => ChaosAssert.Passed(run));

        Assert.That(error!.Outcome, Is.EqualTo(Outcome.Aborted));
        Assert.That(error.Message, Does.Contain("aborted (the run was cancelled before it finished"));
    }

    [Test]
    public void Passed_LongEvidence_IsCutAndPointsToTheRecord()
    {
        // Given a failed verdict whose evidence lists thousands of lost keys
        var failed = SampleRuns.Failed();
        var lost = Enumerable.Range(0, 5000).Select(i => $"key-{i}").ToList();
        var verdict = new Verdict("no-lost-writes", VerdictStatus.Failed, "5000 acknowledged writes were lost.", new Dictionary<string, object?> { ["lost-keys"] = lost });
        var run = Run(failed with { Run = failed.Run with { Verdicts = [verdict] } });

        // When it is asserted
        var failure = Assert.Throws<AssertionException>(() => ChaosAssert.Passed(run));

        // Then the message stays readable and says where the rest is
        Assert.That(failure!.Message, Does.Contain("lost-keys: [key-0, key-1"));
        Assert.That(failure.Message, Does.Contain("characters; see run.json"));
        Assert.That(failure.Message, Has.Length.LessThan(2000));
    }

    private static ScenarioRun Run(ReportInput input) => new(new RunResult(input.Run, input.History, new Dictionary<string, string>()), input.Folder);
}
