using System.Text.Json;
using ChaosBench.Reports.Json;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// Writes <c>certificate.json</c>, hashing every file its folder and the runs' folders hold at that moment: it
/// must come after every other report of the folder, and before <see cref="CertificateChecksumWriter"/>.
/// </summary>
/// <param name="folder">The certificate's folder: paths are relative to it.</param>
public sealed class CertificateJsonWriter(string folder) : IMergedReportWriter
{
    public string FileName => CertificateManifest.FileName;

    public void Write(IReadOnlyList<MergedRun> runs, Stream output)
    {
        var table = CertificateTable.Of(folder, runs);
        var covers = CertificateManifest.Covers(folder, runs.Select(r => r.Folder));
        var entries = table.Rows.SelectMany(r => r.Cells).OfType<CertificateTable.Cell>().Select(c => new CertificateDocument.Entry(
            c.Run.Run.Scenario, c.Run.Run.ScenarioFile, c.Column, c.Run.Run.Matrix, c.Run.Run.Outcome, c.Run.Run.FailedStep, c.Run.Run.Reason, c.Run.Run.Seed, c.Report, c.Record, c.Run.Run.Images, c.Run.Run.AllowHost));
        var document = new CertificateDocument(table.Outcome, table.Columns, [.. entries], CertificateTable.Environments(runs), covers, CertificateManifest.Compute(folder, covers));
        JsonSerializer.Serialize(output, document, RunRecordJson.Options);
    }

    /// <summary>Reads a certificate back.</summary>
    /// <exception cref="InvalidDataException">It is not one; the message names the file and field.</exception>
    internal static CertificateDocument Read(string path)
    {
        const string Fix = "; fix: name the folder certify wrote (its --out), with the certificate.json certify wrote there";
        CertificateDocument certificate;
        try
        {
            certificate = RunRecordJson.Read<CertificateDocument>(path, "certificate");
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(e.Message.TrimEnd('.') + Fix, e);
        }

        // JSON leaves a field it lacks null, whatever the record's nullability says: '{}' parses.
        var missing = new (string Name, object? Value)[] { ("covers", certificate.Covers), ("manifest", certificate.Manifest), ("runs", certificate.Runs) }.Where(f => f.Value is null).Select(f => $"'{f.Name}'").ToList();
        return missing.Count == 0 ? certificate : throw new InvalidDataException($"{path}: not a certificate: it has no {string.Join(", ", missing)}{Fix}");
    }
}
