namespace ChaosBench.Reports.Json;

/// <summary>Writes <c>run.json</c>: the whole run record, which <c>replay</c> reads back with <see cref="RunRecordJson.Read"/>.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string FileName => "run.json";

    public void Write(ReportInput input, Stream output) => RunRecordJson.Write(input.Run, output);
}
