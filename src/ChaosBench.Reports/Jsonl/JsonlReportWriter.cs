namespace ChaosBench.Reports.Jsonl;

/// <summary>Writes <c>history.jsonl</c>: one operation per line, read back with <see cref="HistoryJsonl.Read"/>.</summary>
public sealed class JsonlReportWriter : IReportWriter
{
    public string FileName => "history.jsonl";

    public void Write(ReportInput input, Stream output) => HistoryJsonl.Write(input.History, output);
}
