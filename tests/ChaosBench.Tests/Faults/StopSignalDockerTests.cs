using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Tests.Runner;

namespace ChaosBench.Tests.Faults;

/// <summary>
/// How a stop ends: with the image's stop signal (PostgreSQL's recipes say SIGINT, a fast shutdown), and the timeline
/// says when the engine had to kill a member that was still running 10 s after it.
/// </summary>
[Category("Docker")]
[CancelAfter(180_000)]
public sealed class StopSignalDockerTests
{
    [Test]
    public async Task Run_RestartOfPostgresqlUnderWrites_ShutsDownCleanly()
    {
        // Given PostgreSQL 15 under writes from pooled connections, restarted at 1s
        var scenario = TestKinds.Loader.Parse("""
            name: restart-postgresql
            duration: 4s
            services:
              db:
                image: recipe:postgresql-15
                volumes: { data: /var/lib/postgresql/data }
                ready: { exec: [pg_isready, -U, postgres], within: 30s }
            workload: { kind: postgresql-kv, target: db, clients: 4, rate: 100/s }
            faults:
              - at: 1s
                restart: { target: db }
            expect:
              - no-lost-writes
            """, "restart-postgresql.yaml");

        // When it runs
        var run = await TestRuns.RunAsync(scenario, seed: 1);

        // Then it passes, and PostgreSQL left at once on its stop signal (SIGINT: it disconnects its clients) rather
        // than waiting for them (SIGTERM's smart shutdown: until the workload ends at 4s, or the engine's kill)
        Assert.That(run.Outcome, Is.EqualTo(Outcome.Passed), $"{run.Record.FailedStep}: {run.Record.Reason}");
        var restart = run.Record.Timeline.Single(e => e.Kind == "restart");
        Assert.That(restart.Detail, Is.EqualTo("restarted"));
        Assert.That(restart.ConfirmedAfter, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(run.Record.Timeline, Has.Some.Matches<TimelineEntry>(e => e.Kind == "engine" && e.Detail == "die (exit 0)"));
    }

    [Test]
    public async Task Run_MemberThatIgnoresItsStopSignal_TimelineSaysTheEngineKilledIt()
    {
        // Given a member whose process ignores SIGTERM, stopped at 500ms
        var scenario = TestKinds.Loader.Parse("""
            name: stop-ignored
            duration: 1s
            services:
              stubborn:
                image: recipe:etcd-3.4
                entrypoint: [sh, -c, "trap '' TERM; sleep 600"]
            faults:
              - at: 500ms
                stop: { target: stubborn }
            """, "stop-ignored.yaml");

        // When it runs
        var run = await TestRuns.RunAsync(scenario, seed: 1);

        // Then the stop says it ended in the engine's kill, 10 s after the signal
        var stop = run.Record.Timeline.Single(e => e.Kind == "stop");
        Assert.That(stop.Detail, Is.EqualTo("stopped; still running 10s after its stop signal, so the engine killed it (SIGKILL)"), run.Record.Reason);
        Assert.That(run.Record.Timeline, Has.Some.Matches<TimelineEntry>(e => e.Kind == "engine" && e.Detail == "die (exit 137)"));
    }

    [Test]
    public async Task Run_ClockOnMemberThatIgnoresItsStopSignal_BothRestartsSayTheEngineKilledIt()
    {
        // Given a member of the libfaketime PostgreSQL image whose process ignores its stop signal (SIGINT) and SIGTERM,
        // and preloads libfaketime while the clock fault's settings exist, skewed at 500ms and reset at the run's end
        // (parsed as if beside scenarios/clock, whose recipes folder has that image)
        var scenario = TestKinds.Loader.Parse("""
            name: clock-stop-ignored
            duration: 1s
            services:
              stubborn:
                image: recipe:postgresql-15-faketime
                entrypoint: [sh, -c, "trap '' INT TERM; if [ -s /etc/faketimerc ]; then exec env LD_PRELOAD=$(ls /usr/lib/*/faketime/libfaketime.so.1) sleep 600; fi; exec sleep 600"]
            faults:
              - at: 500ms
                clock: { target: stubborn, offset: +2h }
            """, Path.Combine(TestEnvironment.RepoRoot, "scenarios", "clock", "clock-stop-ignored.yaml"));

        // When it runs
        var run = await TestRuns.RunAsync(scenario, seed: 1);

        // Then the skew's restart and the reset's each say they ended in the engine's kill
        const string killed = "; still running 10s after its stop signal, so the engine killed it (SIGKILL)";
        var why = $"{run.Record.FailedStep}: {run.Record.Reason}";
        Assert.That(run.Record.Timeline.Where(e => e.Kind == "clock").Select(e => e.Detail), Has.One.StartWith("restarted with libfaketime '+7200'").And.One.Contains(killed), why);
        Assert.That(run.Record.Timeline.Where(e => e.Kind == "reset-clock").Select(e => e.Detail), Has.One.StartWith("restarted without libfaketime").And.One.Contains(killed), why);
    }
}
