namespace ChaosBench.Reports.Elle;

/// <summary>Writes <c>history.edn</c>: every operation as a Jepsen op map, for Elle and Knossos (<see cref="HistoryEdn"/>).</summary>
public sealed class EdnReportWriter : IReportWriter
{
    public string FileName => "history.edn";

    public void Write(ReportInput input, Stream output) => HistoryEdn.Write(input.History, output);
}
