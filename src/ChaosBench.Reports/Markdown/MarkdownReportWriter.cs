using System.Text;

namespace ChaosBench.Reports.Markdown;

/// <summary>
/// Writes <c>report.md</c>, the report a person reads first: outcome and failing step, how to replay, where it
/// ran, the images, the timeline, every verdict with its evidence, and the history's counts.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string FileName => "report.md";

    public void Write(ReportInput input, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.Write(MarkdownReport.Render(input));
    }
}
