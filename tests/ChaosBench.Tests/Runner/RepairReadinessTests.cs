using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Faults.Exec;
using ChaosBench.Faults.Kill;

namespace ChaosBench.Tests.Runner;

/// <summary>
/// A repair's readiness watch when the member exits on its own before it is ready (etcd ending on a refused WAL
/// write): judged once the timeline settled, so a later start that brings it back decides, and without one the run
/// is errored as before.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class RepairReadinessTests
{
    [Test]
    public async Task Run_MemberExitsAfterAStartThatALaterStopAndStartBringBack_Passes()
    {
        // Given a member whose boot after the first start exits on its own, stopped and started again after it
        var scenario = Crashing("repair-crash-then-start")
            .Fault(TimeSpan.FromSeconds(2.5), "stop", "crashy")
            .Fault(TimeSpan.FromSeconds(3), "start", "crashy")
            .Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 1);

        // Then it passes: the first start's watch saw the exit, and the second start's watch saw it ready
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        Assert.That(result.Record.Timeline, Has.Some.Matches<TimelineEntry>(e => e.Kind == "engine" && e.Detail == "die (exit 1)"));
    }

    [Test]
    public async Task Run_MemberExitsAfterAStartNothingBringsBack_IsErrored()
    {
        // Given the same exit after the start, and no fault after it
        var scenario = Crashing("repair-crash-alone").Build();

        // When it runs
        var result = await TestRuns.RunAsync(scenario, seed: 1);

        // Then the member that never got ready again ends the run errored, naming it
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Errored), result.Record.Reason);
        Assert.That(result.Record.Reason, Is.EqualTo("crashy exited 1 before it was ready (exec test -f /tmp/up); its log is in the run folder"));
    }

    /// <summary>
    /// A member ready once <c>/tmp/up</c> exists; a marker set by an exec makes its next boot exit 1 half a second in
    /// (and removes the marker, so the boot after that stays up). Killed at 1s, started at 1.5s: that boot exits.
    /// </summary>
    private static ScenarioBuilder Crashing(string name) => new ScenarioBuilder(name, TestKinds.All)
        .Duration(TimeSpan.FromSeconds(4))
        .Service("crashy", s =>
        {
            s.Image = "recipe:etcd-3.4";
            s.Entrypoint = ["sh", "-c", "rm -f /tmp/up; if [ -f /tmp/crash ]; then rm /tmp/crash; sleep 0.5; exit 1; fi; touch /tmp/up; exec sleep 600"];
            s.Ready = new() { Exec = ["test", "-f", "/tmp/up"] };
        })
        .Fault(TimeSpan.FromMilliseconds(500), new ExecOptions { Target = "crashy", Command = ["touch", "/tmp/crash"] })
        .Fault(TimeSpan.FromSeconds(1), new KillOptions { Target = "crashy" })
        .Fault(TimeSpan.FromSeconds(1.5), "start", "crashy");
}
