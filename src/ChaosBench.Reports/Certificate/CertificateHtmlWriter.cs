using System.Globalization;
using System.Text;
using ChaosBench.Reports.Html;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// Writes <c>certificate.html</c>: the same content as <c>certificate.md</c> as one self-contained page (inline
/// style, no script, nothing fetched), so it opens from an archived artifact.
/// </summary>
/// <param name="folder">The certificate's folder: links are relative to it.</param>
public sealed class CertificateHtmlWriter(string folder) : IMergedReportWriter
{
    public string FileName => "certificate.html";

    public void Write(IReadOnlyList<MergedRun> runs, Stream output)
    {
        var table = CertificateTable.Of(folder, runs);
        var outcome = CertificateTable.Word(table.Outcome);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ChaosBench certificate: {outcome}</title><style>{HtmlStyle.Css}</style></head><body>\n");
        html.Append($"<h1>ChaosBench certificate <span class=\"badge {outcome}\">{outcome}</span></h1>\n");
        html.Append($"<p>{CertificateTable.Count(runs.Count, "run")} of {CertificateTable.Count(table.Rows.Count, "scenario")}. {HtmlText.Encode(CertificateTable.HostAccessNote(runs))}Each cell links to its run's report. <code>certificate.json</code> lists the SHA-256 of every file here; <code>./chaosbench certify --verify DIR</code> checks them.</p>\n");
        html.Append("<table><tr><th>scenario</th>").AppendJoin(string.Empty, table.Columns.Select(c => $"<th>{HtmlText.Encode(c)}</th>")).Append("</tr>\n");
        foreach (var row in table.Rows)
        {
            html.Append($"<tr><td>{HtmlText.Encode(row.Scenario)}</td>");
            html.AppendJoin(string.Empty, row.Cells.Select(Cell));
            html.Append("</tr>\n");
        }

        html.Append("</table>\n<h2>Runs</h2>\n<table><tr><th>run</th><th>outcome</th><th>failed step</th><th>packages</th><th>seed</th><th>host access</th></tr>\n");
        foreach (var run in runs.Select(r => r.Run))
        {
            var step = run.FailedStep is null ? string.Empty : $"{run.FailedStep}: {run.Reason}";
            html.Append($"<tr><td>{HtmlText.Encode(run.Scenario)}</td><td>{CertificateTable.Word(run.Outcome)}</td><td>{HtmlText.Encode(step)}</td><td>{HtmlText.Encode(CertificateTable.Packages(run))}</td><td>{run.Seed.ToString(CultureInfo.InvariantCulture)}</td><td>{HtmlText.Encode(CertificateTable.HostAccess(run))}</td></tr>\n");
        }

        html.Append("</table>\n<h2>Where they ran</h2>\n<table><tr><th>harness</th><th>engine</th><th>kernel</th><th>host</th></tr>\n");
        foreach (var e in CertificateTable.Environments(runs))
        {
            html.Append($"<tr><td>{HtmlText.Encode($"{e.HarnessVersion} ({e.HarnessCommit})")}</td><td>{HtmlText.Encode($"{e.EngineVersion} (API {e.EngineApiVersion})")}</td><td>{HtmlText.Encode(e.Kernel)}</td><td>{HtmlText.Encode(e.Host)}</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.Write(html.ToString());
    }

    private static string Cell(CertificateTable.Cell? cell)
    {
        if (cell is null)
        {
            return "<td></td>";
        }

        var outcome = CertificateTable.Word(cell.Run.Run.Outcome);
        return $"<td><a href=\"{HtmlText.Encode(Uri.EscapeDataString(cell.Report).Replace("%2F", "/", StringComparison.Ordinal))}\"><span class=\"badge {outcome}\">{outcome}</span></a></td>";
    }
}
