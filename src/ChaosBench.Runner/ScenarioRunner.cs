using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;
using ChaosBench.PowerLoss;

namespace ChaosBench.Runner;

/// <summary>
/// Runs one scenario: provision → ready → steady-state → workload with the fault timeline → heal →
/// recovery → check → evidence → teardown. Never throws for what the product or environment did: the
/// outcome (passed, failed, errored, aborted) and the failing step are in the record.
/// </summary>
public sealed partial class ScenarioRunner(IContainerEngine engine, ImageBuilder images)
{
    public async Task<RunResult> RunAsync(Scenario scenario, RunSettings settings, CancellationToken ct)
    {
        var seed = settings.Plan?.Seed ?? settings.Seed ?? scenario.Seed ?? SeededRandom.NewSeed();
        var plan = settings.Plan ?? Planner.Resolve(scenario, seed);
        // A matrix expansion's name holds '[', '=' and '.', which container names and hostnames do not take.
        var runId = $"{string.Concat(scenario.Name.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-')).Trim('-')}-{Guid.NewGuid().ToString("N")[..6]}";
        var secrets = Redactor.For(scenario);
        var observer = new RedactingObserver(settings.Observer, secrets);
        var recorder = new RunRecorder(observer);
        var history = new History();
        var run = new RunResources(engine, runId);
        using var mounts = new RunMounts(runId);
        var state = new RunState { Secrets = secrets };
        mounts.Failed += e =>
        {
            // A full or failing backing disk (or a layer bug) happened on the layer's thread: on the timeline now, and the run is errored.
            recorder.Record(LayerError.TimelineKind, e.Layer, e.Message);
            state.LayerFailed(recorder.Phase, $"power-loss layer {e.Layer}: {e.Message}");
        };
        observer.Note($"run {runId}, seed {seed}");
        observer.Recording(history);
        foreach (var name in secrets.TooShort)
        {
            observer.Note($"warning: the secret {name} is shorter than {Redactor.MinimumLength} characters: it is hidden where its name is shown, but not scrubbed from logs and outputs");
        }

        try
        {
            await RunPhasesAsync(new RunContext(scenario, settings, plan, run, mounts, recorder, history, state), ct);
            recorder.EndPhase("ok");
        }
        catch (Exception e)
        {
            var phase = recorder.Phase;
            recorder.EndPhase(ct.IsCancellationRequested ? "aborted" : "errored");
            state.Fail(ct.IsCancellationRequested ? Outcome.Aborted : Outcome.Errored, phase, ct.IsCancellationRequested ? "interrupted (Ctrl-C)" : Describe(e));
        }

        if (!ct.IsCancellationRequested)
        {
            state.SettleEngineLoss();
        }

        var logs = state.Logs ?? (state.Deployment is { } deployment ? await Evidence.LogsAsync(engine, deployment, recorder.StartedAt) : new Dictionary<string, string>());
        var keep = settings.KeepOnFailure && state.Outcome is Outcome.Failed or Outcome.Errored;
        if (keep)
        {
            KeptRuns.Default.Add(runId);
            observer.Note($"kept run {runId} up for inspection (docker ps --filter label=chaosbench.run={runId}); remove it with: ./chaosbench clean");
        }
        else
        {
            try
            {
                await run.TeardownAsync();
            }
            catch (EngineException e)
            {
                // The engine is gone (it restarted, say): what it still holds is swept at the next start.
                state.Fail(Outcome.Errored, "teardown", $"{Describe(e)}; the next start removes what is left");
            }
        }

        // Layers live in this process: they go now, after the containers using them, even for a kept run.
        mounts.Dispose();

        var record = secrets.Redact(new RunRecord
        {
            RunId = runId,
            Scenario = scenario.Name,
            ScenarioFile = scenario.SourceFile,
            Matrix = scenario.Matrix,
            Seed = seed,
            AllowHost = settings.AllowHost,
            StartedAt = recorder.StartedAt,
            Elapsed = recorder.Now,
            Environment = settings.Environment,
            Images = state.Images,
            Services = scenario.Services.Where(s => !s.IsExternal).Select(ServiceRecords.Of).ToList(),
            Overrides = scenario.Overrides,
            UnsetVariables = scenario.UnsetVariables,
            ExternalServices = state.External.ToDictionary(e => e.Service, e => e.Shown, StringComparer.Ordinal),
            Plan = plan,
            RuntimeDecisions = recorder.Decisions,
            Phases = recorder.Phases,
            Timeline = recorder.Timeline,
            Verdicts = state.Verdicts,
            HistorySummary = history.Ops.GroupBy(o => $"{o.F} {o.Type.ToString().ToLowerInvariant()}").ToDictionary(g => g.Key, g => g.Count()),
            Outcome = state.Outcome,
            FailedStep = state.FailedStep,
            Reason = state.Reason,
        });
        return new RunResult(record, secrets.Redact(history), logs.ToDictionary(l => l.Key, l => secrets.Redact(l.Value), StringComparer.Ordinal)) { Secrets = secrets };
    }

    private static string Describe(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        _ => e.Message,
    };
}
