using ChaosBench.Reports.Elle;
using ChaosBench.Reports.Html;
using ChaosBench.Reports.Json;
using ChaosBench.Reports.Jsonl;
using ChaosBench.Reports.JUnit;
using ChaosBench.Reports.Markdown;

namespace ChaosBench.Reports;

/// <summary>
/// The report formats a run writes. Immutable: <see cref="With"/> returns a new catalogue, so a caller adding its
/// own format cannot change what another caller writes.
/// </summary>
public sealed class ReportCatalogue
{
    private ReportCatalogue(IReadOnlyList<IReportWriter> writers) => Writers = writers;

    /// <summary>No formats.</summary>
    public static ReportCatalogue Empty { get; } = new([]);

    /// <summary>
    /// run.json first, so that it is on disk before anything slower can fail; then history.jsonl, history.edn,
    /// junit.xml, report.md and report.html.
    /// </summary>
    public static ReportCatalogue Default { get; } = Empty
        .With(new JsonReportWriter())
        .With(new JsonlReportWriter())
        .With(new EdnReportWriter())
        .With(new JUnitReportWriter())
        .With(new MarkdownReportWriter())
        .With(new HtmlReportWriter());

    /// <summary>The formats, in the order they are written.</summary>
    public IReadOnlyList<IReportWriter> Writers { get; }

    /// <summary>A catalogue that also writes <paramref name="writer"/>, replacing any format with the same file name.</summary>
    public ReportCatalogue With(IReportWriter writer)
    {
        if (writer.FileName.Length == 0 || writer.FileName != Path.GetFileName(writer.FileName))
        {
            throw new ArgumentException($"Report file name '{writer.FileName}' of {writer.GetType().Name} must be a plain file name, without directories.", nameof(writer));
        }

        var index = Writers.ToList().FindIndex(w => w.FileName == writer.FileName);
        return new ReportCatalogue(index < 0 ? [.. Writers, writer] : [.. Writers.Take(index), writer, .. Writers.Skip(index + 1)]);
    }
}
