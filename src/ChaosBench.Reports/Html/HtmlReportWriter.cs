using System.Text;

namespace ChaosBench.Reports.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (no external CSS, scripts, fonts or images) with the
/// summary, the verdicts and the run drawn as an inline SVG timeline, so it opens anywhere, offline.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string FileName => "report.html";

    public void Write(ReportInput input, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.Write(HtmlReport.Render(input));
    }
}
