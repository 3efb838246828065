namespace ChaosBench.Reports.Merge;

/// <summary>
/// One report over many runs: the merged summary, JUnit file and Markdown table today; the certificate of a
/// version matrix is meant to be one more of these, listed in <see cref="MergedReport.Default"/>.
/// </summary>
public interface IMergedReportWriter
{
    /// <summary>The file's name inside the merged folder; a plain name, no directories.</summary>
    string FileName { get; }

    /// <summary>Renders the report of <paramref name="runs"/> (ordered by scenario) into <paramref name="output"/>. Must not close the stream.</summary>
    void Write(IReadOnlyList<MergedRun> runs, Stream output);
}
