using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Reports.Json;

namespace ChaosBench.Tests.Reports.Merge;

/// <summary>Shard output folders holding only <c>run.json</c> files, as <c>run --out</c> leaves them, without running anything.</summary>
internal static class FakeShards
{
    /// <summary>A run of <paramref name="scenario"/> (from <c>scenarios/NAME.yaml</c>) that ended with <paramref name="outcome"/>.</summary>
    public static RunRecord Run(string scenario, Outcome outcome, double seconds = 12)
    {
        var sample = outcome == Outcome.Errored ? SampleRuns.Errored().Run : outcome == Outcome.Failed ? SampleRuns.Failed().Run : SampleRuns.Passed().Run;
        return sample with { Scenario = scenario, ScenarioFile = $"scenarios/{scenario}.yaml", Elapsed = TimeSpan.FromSeconds(seconds) };
    }

    /// <summary>Writes each run's <c>run.json</c> into its own run folder under <paramref name="folder"/>.</summary>
    public static string Write(string folder, params RunRecord[] runs)
    {
        foreach (var run in runs)
        {
            RunFolder.Create(run, folder).WriteReports(run, new(), ReportCatalogue.Empty.With(new JsonReportWriter()));
        }

        return folder;
    }
}
