using System.Globalization;
using System.Text;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports.Markdown;

/// <summary>Renders <c>report.md</c>, section by section, in the order a reader asks: what happened, how to see it again, why.</summary>
internal static class MarkdownReport
{
    public static string Render(ReportInput input)
    {
        var run = input.Run;
        var md = new StringBuilder();
        md.Append($"# {MarkdownText.Inline(run.Scenario)}: {Word(run.Outcome)}\n\n");
        if (run.FailedStep is not null || run.Reason is not null)
        {
            md.Append($"**{Word(run.Outcome)} at** {MarkdownText.Inline(run.FailedStep ?? "(no step recorded)")}: {MarkdownText.Inline(run.Reason ?? "(no reason recorded)")}\n\n");
        }

        md.Append(MarkdownText.Table(["run", ""], Rows(
            ("run id", run.RunId),
            ("started", run.StartedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("elapsed", ReportText.Duration(run.Elapsed)),
            ("seed", run.Seed.ToString(CultureInfo.InvariantCulture)),
            ("scenario file", run.ScenarioFile ?? "(built in C#)"),
            ("scenario hash", run.ScenarioHash ?? "(none)"),
            ("host access", ReportText.HostAccess(run)))));
        md.Append("\nReplay this run, same seed and plan:\n\n").Append(MarkdownText.Fence("bash", ReportText.Replay(input.Folder)));

        var env = run.Environment;
        md.Append("\n## Environment\n\n").Append(MarkdownText.Table(["what", "version"], Rows(
            ("harness", $"{env.HarnessVersion} ({env.HarnessCommit})"),
            ("engine", $"{env.EngineVersion} (API {env.EngineApiVersion})"),
            ("kernel", env.Kernel),
            ("host", env.Host),
            ("engine endpoint", env.EngineEndpoint))));

        md.Append("\n## Images\n\n").Append(MarkdownText.Table(["service", "reference", "id", "packages"], run.Images.Select(i => new[]
        {
            i.Service, i.Reference, i.Id, string.Join(", ", i.Packages.Select(p => $"{p.Key} {p.Value}")),
        })));

        if (run.Services.Count > 0)
        {
            md.Append($"\n## Services\n\n{ReportText.Isolation}; values of secret variables show as `***`.\n\n").Append(MarkdownText.Table(["service", "members", "env", "capabilities added"], ReportText.Services(run)));
        }

        if (run.Overrides.Count + run.UnsetVariables.Count > 0)
        {
            md.Append($"\n## {ReportText.ComposeHeading}\n\n").Append(MarkdownText.Table(["what", "detail"], ReportText.ComposeDifferences(run)));
        }

        if (run.Plan is { } plan)
        {
            md.Append("\n## Plan\n\n").Append(MarkdownText.Fence("text", plan.Describe()));
        }

        if (run.RuntimeDecisions.Count > 0)
        {
            md.Append("\n## Decisions made at run time\n\n").Append(MarkdownText.Table(["step", "choice", "options"], run.RuntimeDecisions.Select(d => new[]
            {
                d.Step, d.Choice, string.Join(", ", d.Options),
            })));
        }

        md.Append("\n## Phases\n\n").Append(MarkdownText.Table(["phase", "start", "end", "status"], run.Phases.Select(p => new[]
        {
            p.Name, ReportText.Offset(p.Start), ReportText.Offset(p.End), p.Status,
        })));

        md.Append("\n## Timeline\n\nTimes are from the start of the run.\n\n").Append(MarkdownText.Table(["time", "kind", "target", "detail", "confirmed after"], run.Timeline.Select(t => new[]
        {
            ReportText.Offset(t.Time), t.Kind, t.Target, t.Detail, t.ConfirmedAfter is { } c ? ReportText.Duration(c) : string.Empty,
        })));

        md.Append("\n## Verdicts\n");
        foreach (var verdict in run.Verdicts)
        {
            md.Append($"\n### {MarkdownText.Inline(verdict.Expectation)} ({verdict.Status.ToString().ToLowerInvariant()})\n\n{MarkdownText.Paragraph(verdict.Summary)}\n");
            if (verdict.Evidence.Count > 0)
            {
                md.Append('\n').Append(MarkdownText.Table(["evidence", "value"], verdict.Evidence.Select(e => new[] { e.Key, ReportText.Value(e.Value) })));
            }
        }

        if (run.Verdicts.Count == 0)
        {
            md.Append("\nNo expectation was checked.\n");
        }

        md.Append("\n## History\n\n").Append(MarkdownText.Table(["type", "ops"], run.HistorySummary.Select(h => new[]
        {
            h.Key, h.Value.ToString(CultureInfo.InvariantCulture),
        })));
        md.Append($"\nEvery operation is in `history.jsonl` ({input.History.Count} ops).\n");
        return md.ToString();
    }

    private static string Word(Outcome outcome) => outcome.ToString().ToLowerInvariant();

    private static IEnumerable<string[]> Rows(params (string Name, string Value)[] rows) => rows.Select(r => new[] { r.Name, r.Value });
}
