using ChaosBench.Model.Records;
using ChaosBench.Reports.Merge;
using ChaosBench.Tests.Reports.Merge;
using CertificateReport = ChaosBench.Reports.Certificate.Certificate;

namespace ChaosBench.Tests.Reports.Certificate;

public sealed class CertificateTests
{
    private string _folder = null!;

    [SetUp]
    public void Certify()
    {
        // Every test starts from a certified folder: three versions of one scenario, the 8.0 run failed
        _folder = Directory.CreateTempSubdirectory("chaosbench-certificate-").FullName;
        FakeShards.Write(_folder, Version("6.0", Outcome.Passed), Version("7.0", Outcome.Passed), Version("8.0", Outcome.Failed));
        var (runs, errors) = RunFolders.Read([_folder]);
        Assert.That(errors, Is.Empty);
        MergedReport.Write(_folder, runs, [.. MergedReport.Default, .. CertificateReport.Writers(_folder)]);
    }

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Writers_MatrixRuns_TableOfVersionsEachCellLinkedToItsReport()
    {
        // Given the certified folder

        // When its Markdown is read
        var markdown = File.ReadAllText(Path.Combine(_folder, "certificate.md"));

        // Then one row has a column per version, each cell the run's outcome linked to its report
        Assert.That(markdown, Does.StartWith("# ChaosBench certificate: failed\n"));
        Assert.That(markdown, Does.Contain("| scenario | redis=6.0 | redis=7.0 | redis=8.0 |"));
        var report = Directory.GetDirectories(_folder).Select(Path.GetFileName).Single(d => d!.EndsWith("redis-8.0", StringComparison.Ordinal));
        Assert.That(markdown, Does.Contain($"| [failed](<{report}/report.html>) |"));
    }

    [Test]
    public void Writers_Html_SelfContained()
    {
        // Given the certified folder's page
        var html = File.ReadAllText(Path.Combine(_folder, "certificate.html"));

        // Then it fetches nothing, and links each run's report
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("<script").And.Not.Contain("<link"));
        Assert.That(html, Does.Contain("<th>redis=7.0</th>").And.Contain("/report.html\"><span class=\"badge failed\">failed</span></a>"));
    }

    [Test]
    public void Verify_Untouched_Intact()
    {
        // When the untouched folder is verified
        var result = CertificateReport.Verify(_folder);

        // Then every file matches, and the hash is the one the checksum file holds
        Assert.That(result.Problems, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(_folder, "certificate.json.sha256")), Is.EqualTo($"{result.CertificateHash}  certificate.json\n"));
    }

    [Test]
    public void Verify_OneByteEdited_NamesTheFile()
    {
        // Given a verdict flipped in one run record
        var record = Directory.GetFiles(_folder, "run.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.WriteAllText(record, File.ReadAllText(record).Replace("\"outcome\": \"failed\"", "\"outcome\": \"passed\"", StringComparison.Ordinal));

        // When the folder is verified
        var result = CertificateReport.Verify(_folder);

        // Then exactly that file has changed
        Assert.That(result.Problems, Is.EqualTo(new[] { $"changed: {Relative(record)}" }));
    }

    [Test]
    public void Verify_FileDeleted_NamesItMissing()
    {
        // Given the Markdown certificate removed
        File.Delete(Path.Combine(_folder, "certificate.md"));

        // When the folder is verified, Then it is missing
        Assert.That(CertificateReport.Verify(_folder).Problems, Is.EqualTo(new[] { "missing: certificate.md" }));
    }

    [Test]
    public void Verify_FileAdded_NamesItAdded()
    {
        // Given a file slipped into a run folder
        var run = Directory.GetDirectories(_folder).Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.Combine(run, "extra.log"), "x");

        // When the folder is verified, Then it is added
        Assert.That(CertificateReport.Verify(_folder).Problems, Is.EqualTo(new[] { $"added: {Path.GetFileName(run)}/extra.log" }));
    }

    [Test]
    public void Verify_CertificateEdited_DiffersFromItsChecksum()
    {
        // Given the certificate itself edited
        var certificate = Path.Combine(_folder, "certificate.json");
        File.AppendAllText(certificate, " ");

        // When the folder is verified, Then the certificate is reported changed
        Assert.That(CertificateReport.Verify(_folder).Problems, Is.EqualTo(new[] { "changed: certificate.json" }));
    }

    [Test]
    public void Verify_NoCertificate_Throws()
    {
        // Given a folder without a certificate, When it is verified, Then the fix is to name certify's folder
        Assert.That(() => CertificateReport.Verify(Path.Combine(_folder, "nothing")), Throws.TypeOf<InvalidDataException>().With.Message.Contains("--out"));
    }

    [Test]
    public void Writers_RunWithAllowHost_EveryFormatSaysSo()
    {
        // Given a certificate over runs one of which was given --allow-host
        var folder = Directory.CreateTempSubdirectory("chaosbench-certificate-host-").FullName;
        try
        {
            FakeShards.Write(folder, Version("6.0", Outcome.Passed) with { AllowHost = true }, Version("7.0", Outcome.Passed));
            var (runs, _) = RunFolders.Read([folder]);

            // When it is written
            MergedReport.Write(folder, runs, [.. MergedReport.Default, .. CertificateReport.Writers(folder)]);

            // Then the Markdown, the page and the JSON say which run reached the host, and the table says it per run
            var markdown = File.ReadAllText(Path.Combine(folder, "certificate.md"));
            Assert.That(markdown, Does.Contain("1 run had --allow-host: its scenario could bind host paths outside its folder"));
            Assert.That(markdown, Does.Contain("| ALLOWED (--allow-host) |").And.Contain("| scenario folder only |"));
            Assert.That(File.ReadAllText(Path.Combine(folder, "certificate.html")), Does.Contain("<td>ALLOWED (--allow-host)</td>").And.Contain("1 run had --allow-host"));
            Assert.That(File.ReadAllText(Path.Combine(folder, "certificate.json")), Does.Contain("\"allowHost\": true").And.Contain("\"allowHost\": false"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static RunRecord Version(string version, Outcome outcome) =>
        FakeShards.Run("redis-kill", outcome) with { Scenario = $"redis-kill[redis={version}]", Matrix = new Dictionary<string, string> { ["redis"] = version } };

    private string Relative(string path) => Path.GetRelativePath(_folder, path).Replace('\\', '/');
}
