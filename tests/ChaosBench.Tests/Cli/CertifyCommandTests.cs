namespace ChaosBench.Tests.Cli;

/// <summary>What <c>certify</c> refuses before it runs anything.</summary>
public sealed class CertifyCommandTests
{
    [TestCase(new string[0], "chaosbench: certify needs scenarios to run, or --verify DIR")]
    [TestCase(new[] { "scenarios/matrix", "--verify", "runs" }, "chaosbench: --verify checks a certificate and runs nothing")]
    [TestCase(new[] { "--verify", "no-such-folder" }, "chaosbench: no certificate.json in 'no-such-folder'")]
    [TestCase(new[] { "scenarios/matrix", "--out", "scenarios" }, "chaosbench: --out 'scenarios' is not empty")]
    public async Task Certify_BadUsage_Exit2(string[] options, string message)
    {
        // Given a usage certify cannot act on

        // When it is run
        var (exit, _, stderr) = await CliProcess.RunAsync(["certify", .. options]);

        // Then it says why and how to fix it, and exits 2
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith(message).And.Contain("fix: "));
    }

    [TestCase("{}", "it has no 'covers', 'manifest', 'runs'")]
    [TestCase("null", "holds null")]
    [TestCase("[1]", "not a certificate")]
    public async Task Verify_CertificateThatIsNoCertificate_Exit2NamingWhatIsMissing(string json, string problem)
    {
        // Given a folder whose certificate.json is not one certify wrote
        var folder = Directory.CreateTempSubdirectory("chaosbench-certificate-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "certificate.json"), json);

            // When it is verified
            var (exit, stdout, stderr) = await CliProcess.RunAsync(["certify", "--verify", folder.FullName]);

            // Then it is refused in one line, as invalid input, not a crash (exit 1 would read as "the product failed")
            Assert.That(exit, Is.EqualTo(2), stdout + stderr);
            Assert.That(CliProcess.OwnLines(stderr), Has.One.StartWith("chaosbench: ").And.Contain(problem).And.Contain("fix: "));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
