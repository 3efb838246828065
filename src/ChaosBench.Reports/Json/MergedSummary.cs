using ChaosBench.Model.Records;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Json;

/// <summary>
/// The content of <c>summary.json</c>: the worst outcome, then per scenario its outcome, failing step, verdicts,
/// duration (what <c>--shard</c> balances by next time) and where its <c>run.json</c> is.
/// </summary>
internal sealed record MergedSummary(Outcome Outcome, IReadOnlyList<MergedSummary.Entry> Runs)
{
    public static MergedSummary Of(IReadOnlyList<MergedRun> runs) => new(
        runs.Select(r => r.Run.Outcome).DefaultIfEmpty(Outcome.Passed).Max(),
        [.. runs.Select(r => new Entry(
            r.Run.Scenario,
            r.Run.ScenarioFile,
            r.Run.Outcome,
            r.Run.FailedStep,
            r.Run.Reason,
            r.Run.Elapsed,
            r.RecordPath,
            [.. r.Run.Verdicts.Select(v => new VerdictEntry(v.Expectation, v.Status))]))]);

    internal sealed record Entry(string Scenario, string? ScenarioFile, Outcome Outcome, string? FailedStep, string? Reason, TimeSpan Elapsed, string Record, IReadOnlyList<VerdictEntry> Verdicts);

    internal sealed record VerdictEntry(string Expectation, VerdictStatus Status);
}
