using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Runner;

/// <summary>A finished run: its record, its history, and each member's log, every secret already redacted.</summary>
public sealed record RunResult(RunRecord Record, History History, IReadOnlyDictionary<string, string> Logs)
{
    /// <summary>The run's secret values, for whatever writes the result somewhere: it redacts again on the way out.</summary>
    public Redactor Secrets { get; init; } = new();

    public Outcome Outcome => Record.Outcome;
}
