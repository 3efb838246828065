namespace ChaosBench.Reports.Certificate;

/// <summary>What <see cref="Certificate.Verify"/> found: each file whose content differs from the manifest, each one gone, each one new.</summary>
/// <param name="CertificateHash">The SHA-256 of <c>certificate.json</c> as it is now, for the reviewer to compare with the one printed when it was written.</param>
public sealed record CertificateVerification(string CertificateHash, IReadOnlyList<string> Changed, IReadOnlyList<string> Missing, IReadOnlyList<string> Added)
{
    /// <summary>Every covered file is as the certificate recorded it, and no file was added.</summary>
    public bool IsIntact => Changed.Count == 0 && Missing.Count == 0 && Added.Count == 0;

    /// <summary>One line per problem: <c>changed: PATH</c>, <c>missing: PATH</c>, <c>added: PATH</c>.</summary>
    public IEnumerable<string> Problems =>
        Changed.Select(f => $"changed: {f}").Concat(Missing.Select(f => $"missing: {f}")).Concat(Added.Select(f => $"added: {f}"));
}
