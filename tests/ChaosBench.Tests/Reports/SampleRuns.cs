using ChaosBench.Checkers;
using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Reports.Elle;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.Start;
using ChaosBench.Tests.Checkers.Linearizable;

namespace ChaosBench.Tests.Reports;

/// <summary>
/// A hand-built run of a 3-member etcd scenario: etcd-2 is killed 5 s into the workload (confirmed after 12 ms)
/// and started again at 8 s; writes go indeterminate and etcd-2's client fails while it is down; no write is lost,
/// but etcd-2 takes 14.2 s to become healthy against a limit of 10 s.
/// </summary>
internal static class SampleRuns
{
    public const string Folder = "runs/20260315-101500-etcd-kill-member";

    public static ReportInput Failed()
    {
        var history = SampleHistory.Build();
        return new(FailedRecord(history), history, Folder) { Kinds = TestKinds.All };
    }

    public static ReportInput Passed()
    {
        var history = SampleHistory.Build();
        var failed = FailedRecord(history);
        var run = failed with
        {
            Outcome = Outcome.Passed,
            FailedStep = null,
            Reason = null,
            Verdicts = [failed.Verdicts[0], failed.Verdicts[1] with { Status = VerdictStatus.Passed, Summary = "etcd-2 became healthy 4.2s after it was started." }],
        };
        return new(run, history, Folder) { Kinds = TestKinds.All };
    }

    /// <summary>
    /// The etcd run judged by <c>linearizable</c> over a stale read: p0 writes "1", p1 writes "2", then p2 reads "1";
    /// the verdict's evidence is the checker's own.
    /// </summary>
    public static ReportInput StaleRead()
    {
        var history = new RegisterHistory().Write("1", 0, 10, process: 0).Write("2", 20, 30, process: 1).Read("1", 40, 50, process: 2).ToHistory();
        var verdict = Judging.Judge(new Expectation(TestKinds.Expectation("linearizable"), new LinearizableOptions()), new CheckInput(history, []));
        var failed = Failed();
        return failed with { Run = failed.Run with { FailedStep = "expect[0] linearizable", Reason = verdict.Summary, Verdicts = [verdict] } };
    }

    /// <summary>
    /// A run of the transactional history in <paramref name="fixture"/> (<c>fixtures/histories</c>, as Jepsen wrote
    /// it) judged by <paramref name="level"/>; the verdict's evidence is the checker's own.
    /// </summary>
    public static ReportInput Cycle(string fixture = "g2-item.edn", string level = "serializable")
    {
        var history = History.Of(HistoryEdn.Read(Path.Combine(TestEnvironment.RepoRoot, "fixtures", "histories", fixture)));
        var verdict = Judging.Judge(new Expectation(TestKinds.Expectation(level), new NoOptions()), new CheckInput(history, []));
        var run = FailedRecord(history) with { Scenario = "postgresql-append", FailedStep = $"expect[0] {level}", Reason = verdict.Summary, Verdicts = [verdict] };
        return new(run, history, Folder) { Kinds = TestKinds.All };
    }

    /// <summary>The harness could not provision etcd-2: no verdicts, no history.</summary>
    public static ReportInput Errored()
    {
        var run = FailedRecord(new History()) with
        {
            Outcome = Outcome.Errored,
            FailedStep = "provision etcd-2",
            Reason = "the engine refused to create the container: no space left on device",
            Elapsed = TimeSpan.FromSeconds(2.4),
            Phases = [new PhaseRecord("provision", TimeSpan.Zero, TimeSpan.FromSeconds(2.4), "errored")],
            Timeline = [],
            Verdicts = [],
            HistorySummary = new Dictionary<string, int>(),
        };
        return new(run, new History(), Folder) { Kinds = TestKinds.All };
    }

    private static RunRecord FailedRecord(History history)
    {
        var ops = history.Ops;
        var writes = ops.Where(o => o.F == "write").ToList();
        var kill = new Fault(0, TimeSpan.FromSeconds(5), TestKinds.Fault("kill"), new KillOptions { Target = "etcd" });
        var start = new Fault(1, TimeSpan.FromSeconds(8), TestKinds.Fault("start"), new StartOptions { Target = "previous" });
        var members = new[] { "etcd-1", "etcd-2", "etcd-3" };
        return new RunRecord
        {
            RunId = "r-5f3a9c2e71d4",
            Scenario = "etcd-kill-member",
            ScenarioFile = "scenarios/etcd/kill-member.yaml",
            ScenarioHash = "sha256:" + new string('a', 64),
            Seed = 7,
            StartedAt = new DateTimeOffset(2026, 3, 15, 10, 15, 0, TimeSpan.Zero),
            Elapsed = TimeSpan.FromSeconds(37.9),
            Environment = new EnvironmentRecord("0.1.0", "7b14509", "26.1.5", "1.41", "6.1.0-18-amd64", "ci-runner-3", "unix:///var/run/docker.sock"),
            Images = [new ImageRecord("etcd", "chaosbench/etcd:3.4", "sha256:" + new string('b', 64), new Dictionary<string, string> { ["etcd-server"] = "3.4.23-4+b1", ["etcd-client"] = "3.4.23-4+b1" })],
            Services = [new ServiceRecord("etcd", members, new Dictionary<string, string> { ["ETCD_LOG_LEVEL"] = "info", ["ETCD_ROOT_PASSWORD"] = "***" }, [new CapabilityRecord("NET_ADMIN", "declared by the scenario (cap-add)")])],
            Plan = new Plan("etcd-kill-member", 7, TimeSpan.FromSeconds(20), [new PlannedFault(kill, "etcd", ["etcd-2"], "etcd-2"), new PlannedFault(start, "etcd", ["etcd-2"], "etcd-2")], [new Decision("faults[0] kill target", "etcd-2", members)]),
            RuntimeDecisions = [new Decision("leader before faults[0]", "etcd-1", members)],
            Phases = Phases(),
            Timeline =
            [
                new(At(4.1), "ready", "etcd", "3/3 members healthy"),
                new(At(6.1), "phase", "workload", "3 clients, kv"),
                new(At(11.1), "kill", "etcd-2", "signal KILL", TimeSpan.FromMilliseconds(12)),
                new(At(11.4), "ready", "etcd-2", "unhealthy"),
                new(At(14.1), "start", "etcd-2", "container started", TimeSpan.FromMilliseconds(340)),
                new(At(26.1), "phase", "heal", "no fault left to heal"),
                new(At(28.3), "ready", "etcd-2", "healthy: rejoined the cluster"),
            ],
            Verdicts =
            [
                new("no-lost-writes", VerdictStatus.Passed, $"All {writes.Count(o => o.Type == OpType.Ok)} acknowledged writes were read back.", new Dictionary<string, object?>
                {
                    ["acknowledged-writes"] = writes.Count(o => o.Type == OpType.Ok),
                    ["indeterminate-writes"] = writes.Count(o => o.Type == OpType.Info),
                    ["lost"] = 0,
                }),
                new("recovers-within: 10s", VerdictStatus.Failed, "etcd-2 became healthy 14.2s after it was started; the limit is 10s.", new Dictionary<string, object?>
                {
                    ["member"] = "etcd-2",
                    ["measured"] = TimeSpan.FromSeconds(14.2),
                    ["limit"] = TimeSpan.FromSeconds(10),
                }),
            ],
            HistorySummary = ops.GroupBy(o => o.Type.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()),
            Outcome = Outcome.Failed,
            FailedStep = "expect[1] recovers-within",
            Reason = "etcd-2 took 14.2s to become healthy after its start; the limit is 10s.",
        };
    }

    private static PhaseRecord[] Phases()
    {
        (string Name, double End, string Status)[] phases =
            [("provision", 3.2, "ok"), ("ready", 4.1, "ok"), ("steady-state", 6.1, "ok"), ("workload", 26.1, "ok"), ("heal", 26.3, "ok"), ("recovery", 36.3, "failed"), ("check", 36.5, "ok"), ("teardown", 37.9, "ok")];
        var records = new List<PhaseRecord>();
        var start = 0.0;
        foreach (var (name, end, status) in phases)
        {
            records.Add(new PhaseRecord(name, At(start), At(end), status));
            start = end;
        }

        return [.. records];
    }

    private static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);
}
