using System.Security.Cryptography;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Runner;

namespace ChaosBench.Cli;

/// <summary>Runs one scenario through the harness and writes its run folder: the part <c>run</c> and <c>replay</c> share.</summary>
internal static class ScenarioExecution
{
    public static async Task<(RunResult Result, string Folder)> RunAsync(Harness harness, Scenario scenario, RunSettings settings, string outDirectory, CancellationToken ct)
    {
        using var progress = new ConsoleProgress(scenario.Name);
        var runner = new ScenarioRunner(harness.Engine, harness.ImageBuilder());
        var result = await runner.RunAsync(scenario, settings with { Observer = progress }, ct);
        var record = result.Record with { ScenarioHash = scenario.SourceFile is { } file ? HashOf(file) : null };
        var folder = RunFolder.Create(record, outDirectory);
        folder.WriteReports(record, result.History);
        foreach (var (member, log) in result.Logs)
        {
            folder.WriteLog(member, log.TrimEnd('\n').Split('\n'));
        }

        progress.Note(Summary(record, folder.Location));
        return (result with { Record = record }, folder.Location);
    }

    public static string HashOf(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>The worst outcome decides the exit code: aborted, then errored, then failed.</summary>
    public static int ExitCode(IEnumerable<Outcome> outcomes)
    {
        var all = outcomes.ToList();
        return all.Contains(Outcome.Aborted) ? ExitCodes.Aborted
            : all.Contains(Outcome.Errored) ? ExitCodes.Errored
            : all.Contains(Outcome.Failed) ? ExitCodes.Failed
            : ExitCodes.Passed;
    }

    private static string Summary(RunRecord record, string folder)
    {
        var lines = new List<string> { $"{record.Scenario}: {record.Outcome.ToString().ToLowerInvariant()} (seed {record.Seed})" };
        lines.AddRange(record.Verdicts.Select(v => $"  {v.Status.ToString().ToLowerInvariant(),-7} {v.Expectation}: {v.Summary}"));
        if (record.FailedStep is not null)
        {
            lines.Add($"  failing step: {record.FailedStep}: {record.Reason}");
        }

        lines.Add($"  report: {Path.Combine(folder, "report.html")}");
        lines.Add($"  replay: ./chaosbench replay {Path.Combine(folder, "run.json")}");
        return string.Join('\n', lines);
    }
}
