using System.Security.Cryptography;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// The SHA-256 of every file a certificate covers, by path relative to its folder ('/'-separated, ordinal order).
/// <c>certificate.json</c> holds the manifest and so cannot be in it; <c>certificate.json.sha256</c> holds its
/// hash instead and is left out too: what vouches for both is the hash printed when the certificate was written.
/// </summary>
public static class CertificateManifest
{
    /// <summary>The certificate, holding the manifest.</summary>
    public const string FileName = "certificate.json";

    /// <summary><c>sha256sum</c>'s line for <see cref="FileName"/>: <c>sha256sum -c certificate.json.sha256</c> checks it.</summary>
    public const string ChecksumFileName = "certificate.json.sha256";

    /// <summary>The SHA-256 of <paramref name="path"/>, lowercase hex.</summary>
    public static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>
    /// Every file under the folders <paramref name="covers"/> (relative to <paramref name="folder"/>, "." for itself)
    /// with its hash, leaving out the certificate, its checksum and the certificate being written atomically.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Compute(string folder, IEnumerable<string> covers)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var cover in covers)
        {
            var root = Path.Combine(folder, cover);
            foreach (var file in Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [])
            {
                var relative = CertificateTable.Relative(folder, file);
                if (!Excluded(relative))
                {
                    files[relative] = Hash(file);
                }
            }
        }

        return files;
    }

    /// <summary>The folders a certificate over <paramref name="runFolders"/> covers: its own, and each run folder outside it.</summary>
    public static IReadOnlyList<string> Covers(string folder, IEnumerable<string> runFolders) =>
        [".", .. runFolders.Select(f => CertificateTable.Relative(folder, f)).Where(Outside).Distinct().Order(StringComparer.Ordinal)];

    private static bool Outside(string relative) => relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative);

    // While certificate.json is written, its temporary file (AtomicFile's ".NAME.GUID.tmp") sits beside it.
    private static bool Excluded(string relative) =>
        relative is FileName or ChecksumFileName
        || (relative.StartsWith($".{FileName}.", StringComparison.Ordinal) && relative.EndsWith(".tmp", StringComparison.Ordinal));
}
