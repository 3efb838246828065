using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports;

/// <summary>
/// What a report is rendered from. A record rather than loose parameters so that giving writers more (say, the
/// captured logs) changes no <see cref="IReportWriter"/> signature.
/// </summary>
/// <param name="Run">The run record.</param>
/// <param name="History">Every operation the workload made.</param>
/// <param name="Folder">The run folder as the user would type it, for the replay command.</param>
public sealed record ReportInput(RunRecord Run, History History, string Folder)
{
    /// <summary>The kinds the run had: which timeline entries are drawn as faults and repairs.</summary>
    public Vocabulary Kinds { get; init; } = Vocabulary.Empty;
}
