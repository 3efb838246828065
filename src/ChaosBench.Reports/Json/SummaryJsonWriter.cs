using System.Text.Json;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Json;

/// <summary>Writes <c>summary.json</c> (<see cref="MergedSummary"/>) in <c>run.json</c>'s spelling: camelCase, lowercase outcomes, seconds.</summary>
public sealed class SummaryJsonWriter : IMergedReportWriter
{
    public string FileName => "summary.json";

    public void Write(IReadOnlyList<MergedRun> runs, Stream output) => JsonSerializer.Serialize(output, MergedSummary.Of(runs), RunRecordJson.Options);

    /// <summary>Reads a summary written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a summary; the message names the file and line.</exception>
    internal static MergedSummary Read(string path) => RunRecordJson.Read<MergedSummary>(path, "merged summary");
}
