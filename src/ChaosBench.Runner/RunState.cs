using ChaosBench.Faults;
using ChaosBench.Runner.External;
using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Runner;

/// <summary>What a run has found out so far; the first failure or error is the one reported.</summary>
internal sealed class RunState
{
    private EngineLoss? _engineLost;

    public Deployment? Deployment { get; set; }

    /// <summary>The run's secret values: the scenario's at the start, external URLs' credentials and saved values as they appear.</summary>
    public required Redactor Secrets { get; init; }

    public IReadOnlyList<ImageRecord> Images { get; set; } = [];

    /// <summary>Each external service's base URL, resolved before anything started.</summary>
    public IReadOnlyList<ExternalUrl> External { get; set; } = [];

    public IReadOnlyList<Verdict> Verdicts { get; set; } = [];

    /// <summary>Each member's log, captured before the checks (they judge it).</summary>
    public IReadOnlyDictionary<string, string>? Logs { get; set; }

    public Outcome Outcome { get; private set; } = Outcome.Passed;

    public string? FailedStep { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>
    /// The engine went away during <paramref name="step"/>: whatever the run found after that is about the engine,
    /// not the product, so this error wins over any earlier failure when the run ends (<see cref="SettleEngineLoss"/>).
    /// </summary>
    public void EngineLost(string step, string reason) => Interlocked.CompareExchange(ref _engineLost, new EngineLoss(step, reason), null);

    /// <summary>
    /// A power-loss layer failed during <paramref name="step"/> (its backing disk full or failing, or a bug in it):
    /// what the run found is about the environment, so, like the engine's loss, this error wins when the run ends.
    /// </summary>
    public void LayerFailed(string step, string reason) => EngineLost(step, reason);

    /// <summary>Makes the run errored for the engine's loss, if the engine was lost.</summary>
    public void SettleEngineLoss()
    {
        if (Volatile.Read(ref _engineLost) is { } loss)
        {
            Outcome = Outcome.Errored;
            FailedStep = loss.Step;
            Reason = loss.Reason;
        }
    }

    /// <summary>
    /// The outcome the verdicts give: the first failed one makes the run failed; else the first unknown one (nothing to
    /// judge, or a broken checker) makes it errored, with the verdict's summary as the reason. A deviation beats a
    /// verdict that could not be reached, as Jepsen merges validity.
    /// </summary>
    public void Judge()
    {
        var judged = Verdicts.Select((v, i) => (Verdict: v, Index: i)).ToList();
        if (judged.FirstOrDefault(p => p.Verdict.Status == VerdictStatus.Failed) is { Verdict: { } failed } deviation)
        {
            Fail(Outcome.Failed, $"expect[{deviation.Index}] {failed.Expectation}", failed.Summary);
        }
        else if (judged.FirstOrDefault(p => p.Verdict.Status != VerdictStatus.Passed) is { Verdict: { } unknown } unjudged)
        {
            Fail(Outcome.Errored, $"expect[{unjudged.Index}] {unknown.Expectation}", unknown.Summary);
        }
    }

    public void Fail(Outcome outcome, string step, string reason)
    {
        if (Outcome != Outcome.Passed)
        {
            return;
        }

        Outcome = outcome;
        FailedStep = step;
        Reason = reason;
    }

    private sealed record EngineLoss(string Step, string Reason);
}
