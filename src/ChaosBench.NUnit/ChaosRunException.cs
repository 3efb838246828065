using ChaosBench.Model.Records;

namespace ChaosBench.NUnit;

/// <summary>
/// A run that errored (the harness or the environment failed, so there is no verdict) or was aborted. Thrown rather
/// than asserted, so NUnit reports it as an error, not as a failure of the product under test.
/// </summary>
public sealed class ChaosRunException(string message, Outcome outcome, string? step, string folder) : Exception(message)
{
    /// <summary><see cref="Outcome.Errored"/> or <see cref="Outcome.Aborted"/>.</summary>
    public Outcome Outcome { get; } = outcome;

    /// <summary>The step that failed, e.g. <c>provision etcd-2</c>.</summary>
    public string? Step { get; } = step;

    /// <summary>The run folder, with <c>run.json</c> and <c>report.html</c>.</summary>
    public string Folder { get; } = folder;
}
