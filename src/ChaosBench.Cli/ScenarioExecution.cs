using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;

namespace ChaosBench.Cli;

/// <summary>Runs one scenario through the harness and writes its run folder: the part <c>run</c> and <c>replay</c> share.</summary>
internal static class ScenarioExecution
{
    /// <param name="prefixed">Other runs print at the same time: every line starts with the scenario's name.</param>
    public static async Task<ScenarioRun> RunAsync(Harness harness, Scenario scenario, RunSettings settings, string outDirectory, CancellationToken ct, bool prefixed = false)
    {
        using var progress = new ConsoleProgress(scenario.Name, prefixed);
        var run = await harness.RunAsync(scenario, settings with { Observer = progress }, outDirectory, ct);
        progress.Note(Summary(run.Result.Record, run.Folder));
        return run;
    }

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
