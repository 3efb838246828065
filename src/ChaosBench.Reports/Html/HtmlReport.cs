using System.Globalization;
using System.Text;
using ChaosBench.Model.Records;
using static ChaosBench.Reports.Html.HtmlText;

namespace ChaosBench.Reports.Html;

/// <summary>Renders the page around the <see cref="TimelineSvg"/>: summary, verdicts, timeline events, images, history counts.</summary>
internal static class HtmlReport
{
    public static string Render(ReportInput input)
    {
        var run = input.Run;
        var outcome = Word(run.Outcome);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Belt and braces: even if some recorded text slipped through unescaped, the page may load nothing.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append($"<title>{Encode($"{run.Scenario}: {outcome}")}</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n");
        html.Append($"<h1>{Encode(run.Scenario)} <span class=\"badge {outcome}\">{outcome}</span></h1>\n");
        if (run.FailedStep is not null || run.Reason is not null)
        {
            html.Append($"<p><strong>{outcome} at {Encode(run.FailedStep ?? "(no step recorded)")}</strong>: {Encode(run.Reason ?? "(no reason recorded)")}</p>\n");
        }

        html.Append(Table(null, [
            ["run id", run.RunId],
            ["started", run.StartedAt.ToString("O", CultureInfo.InvariantCulture)],
            ["elapsed", ReportText.Duration(run.Elapsed)],
            ["seed", run.Seed.ToString(CultureInfo.InvariantCulture)],
            ["scenario file", run.ScenarioFile ?? "(built in C#)"],
            ["host access", ReportText.HostAccess(run)],
        ]));
        html.Append($"<p>Replay: <code>{Encode(ReportText.Replay(input.Folder))}</code></p>\n");

        html.Append("<h2>Timeline</h2>\n").Append(TimelineSvg.Render(input));

        html.Append("<h2>Verdicts</h2>\n<table>\n<tr><th>expectation</th><th>status</th><th>summary</th><th>evidence</th></tr>\n");
        foreach (var v in run.Verdicts)
        {
            var status = v.Status.ToString().ToLowerInvariant();
            var evidence = string.Concat(ReportText.Evidence(v.Evidence).Select(line => $"<li>{Encode(line)}</li>"));
            html.Append($"<tr><td>{Encode(v.Expectation)}</td><td><span class=\"badge {status}\">{status}</span></td><td>{Encode(v.Summary)}</td><td><ul class=\"evidence\">{evidence}</ul></td></tr>\n");
        }

        html.Append("</table>\n");
        if (run.Verdicts.Count == 0)
        {
            html.Append("<p>No expectation was checked.</p>\n");
        }

        html.Append(ViolationSvg.Render(run.Verdicts));
        html.Append(CycleSvg.Render(run.Verdicts));

        html.Append("<h2>Events</h2>\n").Append(Table(["time", "kind", "target", "detail", "confirmed after"], run.Timeline.Select(t => new[]
        {
            ReportText.Offset(t.Time), t.Kind, t.Target, t.Detail, t.ConfirmedAfter is { } c ? ReportText.Duration(c) : string.Empty,
        })));
        html.Append("<h2>Images</h2>\n").Append(Table(["service", "reference", "id", "packages"], run.Images.Select(i => new[]
        {
            i.Service, i.Reference, i.Id, string.Join(", ", i.Packages.Select(p => $"{p.Key} {p.Value}")),
        })));
        if (run.Services.Count > 0)
        {
            html.Append($"<h2>Services</h2>\n<p>{Encode(ReportText.Isolation)}; values of secret variables show as ***.</p>\n").Append(Table(["service", "members", "env", "capabilities added"], ReportText.Services(run)));
        }

        if (run.Overrides.Count + run.UnsetVariables.Count > 0)
        {
            html.Append($"<h2>{ReportText.ComposeHeading}</h2>\n").Append(Table(["what", "detail"], ReportText.ComposeDifferences(run)));
        }

        html.Append("<h2>History</h2>\n").Append(Table(["type", "ops"], run.HistorySummary.Select(h => new[] { h.Key, h.Value.ToString(CultureInfo.InvariantCulture) })));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Word(Outcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>A table of escaped cells; without a header the first column names each row.</summary>
    private static string Table(string[]? header, IEnumerable<string[]> rows)
    {
        var table = new StringBuilder("<table>\n");
        if (header is not null)
        {
            table.Append("<tr>").AppendJoin(string.Empty, header.Select(h => $"<th>{Encode(h)}</th>")).Append("</tr>\n");
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => header is null && i == 0 ? $"<th>{Encode(cell)}</th>" : $"<td>{Encode(cell)}</td>");
            table.Append("<tr>").AppendJoin(string.Empty, cells).Append("</tr>\n");
        }

        return table.Append("</table>\n").ToString();
    }
}
