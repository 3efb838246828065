namespace ChaosBench.Reports.JUnit;

/// <summary>
/// Writes <c>junit.xml</c> so CI shows each expectation as a test: one test suite per scenario run, one test case
/// per expectation; a failed verdict is a failure, an unknown one an error, and a run that errored or was
/// aborted adds a test case <c>run</c> with the step that failed.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public string FileName => "junit.xml";

    public void Write(ReportInput input, Stream output) => JUnitDocument.Save(JUnitDocument.For([input.Run]), output);
}
