using ChaosBench.Model.Records;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// The content of <c>certificate.json</c>: the worst outcome, the table's columns, every run with its matrix
/// values, outcome and evidence, where the runs ran, the folders covered and the manifest of their files.
/// </summary>
internal sealed record CertificateDocument(
    Outcome Outcome,
    IReadOnlyList<string> Columns,
    IReadOnlyList<CertificateDocument.Entry> Runs,
    IReadOnlyList<EnvironmentRecord> Environments,
    IReadOnlyList<string> Covers,
    IReadOnlyDictionary<string, string> Manifest)
{
    /// <param name="Report">The run's <c>report.html</c>, relative to the certificate.</param>
    /// <param name="Record">The run's <c>run.json</c>, relative to the certificate.</param>
    /// <param name="AllowHost">The run was given <c>--allow-host</c> (docs/trust.md).</param>
    internal sealed record Entry(
        string Scenario,
        string? ScenarioFile,
        string Column,
        IReadOnlyDictionary<string, string> Matrix,
        Outcome Outcome,
        string? FailedStep,
        string? Reason,
        long Seed,
        string Report,
        string Record,
        IReadOnlyList<ImageRecord> Images,
        bool AllowHost = false);
}
