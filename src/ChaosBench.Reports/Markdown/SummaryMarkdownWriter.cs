using System.Text;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Markdown;

/// <summary>Writes <c>summary.md</c>: the worst outcome, the count of each, and one row per scenario linking its own report.</summary>
public sealed class SummaryMarkdownWriter : IMergedReportWriter
{
    public string FileName => "summary.md";

    public void Write(IReadOnlyList<MergedRun> runs, Stream output)
    {
        var worst = runs.Select(r => r.Run.Outcome).DefaultIfEmpty(Outcome.Passed).Max();
        var counts = runs.GroupBy(r => r.Run.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Word(g.Key)}");
        var md = new StringBuilder();
        md.Append($"# ChaosBench: {runs.Count} scenario runs merged: {Word(worst)}\n\n{string.Join(", ", counts)}\n\n");
        md.Append(MarkdownText.Table(["scenario", "outcome", "failed step", "elapsed", "report"], runs.Select(r => new[]
        {
            r.Run.Scenario,
            Word(r.Run.Outcome),
            r.Run.FailedStep is null ? string.Empty : $"{r.Run.FailedStep}: {r.Run.Reason}",
            ReportText.Duration(r.Run.Elapsed),
            Path.Combine(r.Folder, "report.md").Replace('\\', '/'),
        })));
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.Write(md.ToString());
    }

    private static string Word(Outcome outcome) => outcome.ToString().ToLowerInvariant();
}
