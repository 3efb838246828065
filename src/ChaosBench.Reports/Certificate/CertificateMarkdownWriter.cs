using System.Text;
using ChaosBench.Reports.Markdown;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Certificate;

/// <summary>Writes <c>certificate.md</c>: the worst outcome, the scenario × version table with each cell linked to its run's report, and where the runs ran.</summary>
/// <param name="folder">The certificate's folder: links are relative to it.</param>
public sealed class CertificateMarkdownWriter(string folder) : IMergedReportWriter
{
    public string FileName => "certificate.md";

    public void Write(IReadOnlyList<MergedRun> runs, Stream output)
    {
        var table = CertificateTable.Of(folder, runs);
        var md = new StringBuilder();
        md.Append($"# ChaosBench certificate: {CertificateTable.Word(table.Outcome)}\n\n");
        md.Append($"{CertificateTable.Count(runs.Count, "run")} of {CertificateTable.Count(table.Rows.Count, "scenario")}. {CertificateTable.HostAccessNote(runs)}Each cell links to its run's report. `certificate.json` lists the SHA-256 of every file here; `./chaosbench certify --verify DIR` checks them.\n\n");
        md.Append("| scenario | ").AppendJoin(" | ", table.Columns.Select(MarkdownText.Inline)).Append(" |\n");
        md.Append("|---|").AppendJoin('|', table.Columns.Select(_ => "---")).Append("|\n");
        foreach (var row in table.Rows)
        {
            md.Append("| ").Append(MarkdownText.Inline(row.Scenario)).Append(" | ");
            md.AppendJoin(" | ", row.Cells.Select(c => c is null ? string.Empty : $"[{CertificateTable.Word(c.Run.Run.Outcome)}](<{c.Report}>)"));
            md.Append(" |\n");
        }

        md.Append("\n## Runs\n\n");
        md.Append(MarkdownText.Table(["run", "outcome", "failed step", "packages", "seed", "host access"], runs.Select(r => new[]
        {
            r.Run.Scenario,
            CertificateTable.Word(r.Run.Outcome),
            r.Run.FailedStep is null ? string.Empty : $"{r.Run.FailedStep}: {r.Run.Reason}",
            CertificateTable.Packages(r.Run),
            r.Run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CertificateTable.HostAccess(r.Run),
        })));
        md.Append("\n## Where they ran\n\n");
        md.Append(MarkdownText.Table(["harness", "engine", "kernel", "host"], CertificateTable.Environments(runs).Select(e => new[]
        {
            $"{e.HarnessVersion} ({e.HarnessCommit})", $"{e.EngineVersion} (API {e.EngineApiVersion})", e.Kernel, e.Host,
        })));
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.Write(md.ToString());
    }
}
