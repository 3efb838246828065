using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// The certificate of a version matrix: <c>certificate.md</c> and <c>certificate.html</c> (scenario × version, each
/// cell linked to its run's report), <c>certificate.json</c> with the SHA-256 of every file, and its checksum.
/// </summary>
public static class Certificate
{
    /// <summary>The certificate's writers for <paramref name="folder"/>, in the order they must run: after every other report there.</summary>
    public static IReadOnlyList<IMergedReportWriter> Writers(string folder) =>
        [new CertificateMarkdownWriter(folder), new CertificateHtmlWriter(folder), new CertificateJsonWriter(folder), new CertificateChecksumWriter(folder)];

    /// <summary>Whether <paramref name="runs"/> came from a matrix, so that a merge of them certifies too.</summary>
    public static bool IsMatrix(IReadOnlyList<MergedRun> runs) => runs.Any(r => r.Run.Matrix.Count > 0);

    /// <summary>Hashes every file the certificate in <paramref name="folder"/> covers again and compares with its manifest.</summary>
    /// <exception cref="InvalidDataException">There is no readable certificate in <paramref name="folder"/>; the message says why.</exception>
    public static CertificateVerification Verify(string folder)
    {
        var path = Path.Combine(folder, CertificateManifest.FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"no {CertificateManifest.FileName} in '{folder}'; fix: name the folder certify wrote (its --out)");
        }

        var certificate = CertificateJsonWriter.Read(path);
        var hash = CertificateManifest.Hash(path);
        var now = CertificateManifest.Compute(folder, certificate.Covers);
        var changed = certificate.Manifest.Where(f => now.TryGetValue(f.Key, out var h) && h != f.Value).Select(f => f.Key).ToList();
        var checksum = Path.Combine(folder, CertificateManifest.ChecksumFileName);
        if (File.Exists(checksum) && !File.ReadAllText(checksum).StartsWith(hash + " ", StringComparison.Ordinal))
        {
            // Not proof of anything (it can be rewritten with the certificate), but a mismatch is an edit.
            changed.Insert(0, CertificateManifest.FileName);
        }

        var missing = certificate.Manifest.Keys.Where(f => !now.ContainsKey(f)).ToList();
        var added = now.Keys.Where(f => !certificate.Manifest.ContainsKey(f)).ToList();
        return new CertificateVerification(hash, changed, missing, added);
    }
}
