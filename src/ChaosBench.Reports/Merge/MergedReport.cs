using ChaosBench.Reports.Json;
using ChaosBench.Reports.JUnit;
using ChaosBench.Reports.Markdown;

namespace ChaosBench.Reports.Merge;

/// <summary>Writes the reports over many runs, e.g. the shards of one suite, into one folder.</summary>
public static class MergedReport
{
    /// <summary><c>summary.json</c>, <c>junit.xml</c> and <c>summary.md</c>.</summary>
    public static IReadOnlyList<IMergedReportWriter> Default { get; } = [new SummaryJsonWriter(), new MergedJUnitWriter(), new SummaryMarkdownWriter()];

    /// <summary>Writes every report of <paramref name="writers"/> (default: <see cref="Default"/>) into <paramref name="folder"/>, creating it.</summary>
    /// <returns>The paths written.</returns>
    /// <exception cref="ReportWriteException">Some reports failed; the others were written.</exception>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<MergedRun> runs, IReadOnlyList<IMergedReportWriter>? writers = null)
    {
        Directory.CreateDirectory(folder);
        return ReportFiles.WriteAll(folder, (writers ?? Default).Select(w => (w.FileName, (Action<Stream>)(s => w.Write(runs, s)))));
    }
}
