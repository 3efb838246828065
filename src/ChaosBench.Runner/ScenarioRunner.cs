using System.Collections.Concurrent;
using ChaosBench.Checkers;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;
using ChaosBench.Runner.Clusters;
using ChaosBench.Runner.Provisioning;
using ChaosBench.Workloads;
using RecoversWithin = ChaosBench.Checkers.RecoversWithin.RecoversWithinChecker;

namespace ChaosBench.Runner;

/// <summary>
/// Runs one scenario: provision → ready → steady-state → workload with the fault timeline → heal →
/// recovery → check → evidence → teardown. Never throws for what the product or environment did: the
/// outcome (passed, failed, errored, aborted) and the failing step are in the record.
/// </summary>
public sealed class ScenarioRunner(IContainerEngine engine, ImageBuilder images)
{
    public FaultCatalog Faults { get; init; } = FaultCatalog.Default;

    public WorkloadCatalog Workloads { get; init; } = WorkloadCatalog.Default;

    public CheckerCatalog Checkers { get; init; } = CheckerCatalog.Default;

    public ClusterCatalog Clusters { get; init; } = ClusterCatalog.Default;

    public async Task<RunResult> RunAsync(Scenario scenario, RunSettings settings, CancellationToken ct)
    {
        var seed = settings.Plan?.Seed ?? settings.Seed ?? scenario.Seed ?? SeededRandom.NewSeed();
        var plan = settings.Plan ?? Planner.Resolve(scenario, seed);
        var runId = $"{scenario.Name}-{Guid.NewGuid().ToString("N")[..6]}";
        var recorder = new RunRecorder(settings.Observer);
        var history = new History();
        var run = new RunResources(engine, runId);
        var state = new RunState();
        settings.Observer.Note($"run {runId}, seed {seed}");
        try
        {
            await RunPhasesAsync(scenario, settings, plan, run, recorder, history, state, ct);
            recorder.EndPhase("ok");
        }
        catch (Exception e)
        {
            var phase = recorder.Phase;
            recorder.EndPhase(ct.IsCancellationRequested ? "aborted" : "errored");
            state.Fail(ct.IsCancellationRequested ? Outcome.Aborted : Outcome.Errored, phase, ct.IsCancellationRequested ? "interrupted (Ctrl-C)" : Describe(e));
        }

        var logs = state.Deployment is { } deployment ? await Evidence.LogsAsync(engine, deployment, recorder.StartedAt) : new Dictionary<string, string>();
        var keep = settings.KeepOnFailure && state.Outcome is Outcome.Failed or Outcome.Errored;
        if (keep)
        {
            settings.Observer.Note($"kept run {runId} up; remove it with: ./chaosbench clean");
        }
        else
        {
            await run.TeardownAsync();
        }

        var record = new RunRecord
        {
            RunId = runId,
            Scenario = scenario.Name,
            ScenarioFile = scenario.SourceFile,
            Seed = seed,
            StartedAt = recorder.StartedAt,
            Elapsed = recorder.Now,
            Environment = settings.Environment,
            Images = state.Images,
            Plan = plan,
            RuntimeDecisions = recorder.Decisions,
            Phases = recorder.Phases,
            Timeline = recorder.Timeline,
            Verdicts = state.Verdicts,
            HistorySummary = history.Ops.GroupBy(o => $"{o.F} {o.Type.ToString().ToLowerInvariant()}").ToDictionary(g => g.Key, g => g.Count()),
            Outcome = state.Outcome,
            FailedStep = state.FailedStep,
            Reason = state.Reason,
        };
        return new RunResult(record, history, logs);
    }

    private async Task RunPhasesAsync(Scenario scenario, RunSettings settings, Plan plan, RunResources run, RunRecorder recorder, History history, RunState state, CancellationToken ct)
    {
        recorder.BeginPhase("provision");
        var (imageIds, imageRecords) = await new ImageResolver(engine, images).ResolveAsync(scenario, settings.PinnedImages, ct);
        state.Images = imageRecords;
        using var events = Evidence.WatchEvents(engine, run.RunId, recorder, ct);
        var deployment = state.Deployment = await new Provisioner(run, Clusters).StartAsync(scenario, imageIds, ct);
        var probe = new ReadinessProbe(engine);

        recorder.BeginPhase("ready");
        await Task.WhenAll(deployment.Members.Select(m => ReadyAsync(scenario, m, probe, recorder, ct)));

        using var workload = scenario.Workload is { } w ? Workloads.Create(w.Kind) : null;
        var context = workload is null ? null : new WorkloadContext(
            scenario.Workload!, plan.Seed,
            () => deployment.Of(scenario.Workload!.Target).Select(m => new UriBuilder(workload.Scheme, m.Address, workload.Port).Uri).ToList(),
            history, () => recorder.Now);
        recorder.BeginPhase("steady-state");
        if (workload is not null)
        {
            await workload.CheckSteadyStateAsync(context!, ct);
        }

        recorder.BeginPhase("workload");
        var recovering = new ConcurrentQueue<Task>();
        var faults = new FaultTimeline(
            new FaultContext(run, deployment, reference => imageIds[reference]), scenario, recorder, Faults, Clusters,
            member => recovering.Enqueue(ReadyAsync(scenario, member, probe, recorder, ct)));
        var workloadStart = recorder.Now;
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            stop.CancelAfter(scenario.Duration);
            var clients = workload?.RunAsync(context!, stop.Token) ?? Task.Delay(scenario.Duration, ct);
            try
            {
                await faults.RunAsync(plan, workloadStart, ct);
            }
            finally
            {
                await clients.ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        recorder.BeginPhase("heal");
        await faults.HealAsync(ct);

        recorder.BeginPhase("recovery");
        await Task.WhenAll(recovering);
        if (workload is not null)
        {
            await workload.FinalReadAsync(context!, ct);
        }

        recorder.BeginPhase("check");
        var input = new CheckInput(history, recorder.Timeline);
        state.Verdicts = scenario.Expectations.Select(e => Checkers.Check(e, input)).ToList();
        var failed = scenario.Expectations.Zip(state.Verdicts).Select((p, i) => (p.Second, i)).FirstOrDefault(p => p.Second.Status != VerdictStatus.Passed);
        if (failed.Second is { } verdict)
        {
            state.Fail(
                verdict.Status == VerdictStatus.Failed ? Outcome.Failed : Outcome.Errored,
                $"expect[{failed.i}] {verdict.Expectation}",
                verdict.Summary);
        }
    }

    /// <summary>Waits until the member answers its probe and puts its readiness on the timeline; throws when it does not in time.</summary>
    private async Task ReadyAsync(Scenario scenario, Member member, ReadinessProbe probe, RunRecorder recorder, CancellationToken ct)
    {
        var since = DateTimeOffset.UtcNow;
        var service = scenario.Service(member.Service);
        var readiness = service.Ready ?? Clusters.Find(service.Cluster)?.DefaultReadiness;
        if (!await probe.WaitAsync(member, readiness, since, ct))
        {
            throw new ReadinessException(member.Name, readiness);
        }

        recorder.Record(RecoversWithin.ReadyKind, member.Name, readiness?.Http ?? (readiness?.Exec is { } exec ? string.Join(' ', exec) : readiness?.Log ?? "running"));
    }

    private static string Describe(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        _ => e.Message,
    };
}
