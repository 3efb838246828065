using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.JUnit;

/// <summary>Writes the merged <c>junit.xml</c>: the test suite each run wrote, all under one root, as if one run had run them all.</summary>
public sealed class MergedJUnitWriter : IMergedReportWriter
{
    public string FileName => "junit.xml";

    public void Write(IReadOnlyList<MergedRun> runs, Stream output) => JUnitDocument.Save(JUnitDocument.For([.. runs.Select(r => r.Run)]), output);
}
