using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>A finished run: its record, its history, and each member's log.</summary>
public sealed record RunResult(RunRecord Record, History History, IReadOnlyDictionary<string, string> Logs)
{
    public Outcome Outcome => Record.Outcome;
}
