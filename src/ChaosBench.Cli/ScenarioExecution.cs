using ChaosBench.Cli.Styling;
using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using Spectre.Console;

namespace ChaosBench.Cli;

/// <summary>Runs one scenario through the harness and writes its run folder: the part <c>run</c> and <c>replay</c> share.</summary>
internal static class ScenarioExecution
{
    /// <param name="prefixed">Other runs print at the same time: every line starts with the scenario's name.</param>
    public static async Task<ScenarioRun> RunAsync(Harness harness, Scenario scenario, RunSettings settings, string outDirectory, CancellationToken ct, bool prefixed = false)
    {
        using var progress = new ConsoleProgress(scenario.Name, kind => scenario.Kinds.Faults.Find(kind) is not null, prefixed);
        var run = await harness.RunAsync(scenario, settings with { Observer = progress }, outDirectory, ct);
        var summary = Summary(run.Result.Record, run.Folder);
        progress.Note(string.Join('\n', summary.Select(l => l.Text)), string.Join('\n', summary.Select(l => l.Markup)));
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

    /// <summary>The run's outcome and verdicts, each line as plain text and as markup with its status coloured.</summary>
    private static List<(string Text, string Markup)> Summary(RunRecord record, string folder)
    {
        var outcome = record.Outcome.ToString().ToLowerInvariant();
        var lines = new List<(string Text, string Markup)>
        {
            ($"{record.Scenario}: {outcome} (seed {record.Seed})", $"[bold]{Markup.Escape(record.Scenario)}[/]: {ConsoleStyle.Status(outcome)} (seed {record.Seed})"),
        };
        foreach (var verdict in record.Verdicts)
        {
            var status = verdict.Status.ToString().ToLowerInvariant();
            var rest = $" {verdict.Expectation}: {verdict.Summary}";
            lines.Add(($"  {status,-7}{rest}", $"  {ConsoleStyle.Status(status)}{new string(' ', Math.Max(0, 7 - status.Length))}{Markup.Escape(rest)}"));
        }

        List<string> plain = [$"  report: {Path.Combine(folder, "report.html")}", $"  replay: ./chaosbench replay {Path.Combine(folder, "run.json")}"];
        if (record.FailedStep is not null)
        {
            plain.Insert(0, $"  failing step: {record.FailedStep}: {record.Reason}");
        }

        lines.AddRange(plain.Select(l => (l, Markup.Escape(l))));
        return lines;
    }
}
