using System.Text;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// Writes <c>certificate.json.sha256</c> in <c>sha256sum</c>'s format, after <see cref="CertificateJsonWriter"/>.
/// It only catches an accidental edit: whoever edits the certificate can rewrite this too, so a reviewer compares
/// the hash with the one the certifying job printed.
/// </summary>
/// <param name="folder">The certificate's folder.</param>
public sealed class CertificateChecksumWriter(string folder) : IMergedReportWriter
{
    public string FileName => CertificateManifest.ChecksumFileName;

    public void Write(IReadOnlyList<MergedRun> runs, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.WriteLine($"{CertificateManifest.Hash(Path.Combine(folder, CertificateManifest.FileName))}  {CertificateManifest.FileName}");
    }
}
