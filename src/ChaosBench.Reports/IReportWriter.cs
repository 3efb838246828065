namespace ChaosBench.Reports;

/// <summary>
/// One report format: a file name inside the run folder and how to render it. Formats live in their own folder
/// and are listed in <see cref="ReportCatalogue"/>; nothing else needs to know them.
/// </summary>
public interface IReportWriter
{
    /// <summary>The file's name inside the run folder, e.g. <c>run.json</c>; a plain name, no directories.</summary>
    string FileName { get; }

    /// <summary>Renders the report into <paramref name="output"/>. Must not close the stream.</summary>
    void Write(ReportInput input, Stream output);
}
