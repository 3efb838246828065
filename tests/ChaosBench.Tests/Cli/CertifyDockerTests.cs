using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli;

/// <summary>The acceptance of version certificates: a real three-version matrix certifies, verifies, and an edit is caught.</summary>
[Category("Docker")]
[CancelAfter(900_000)]
public sealed class CertifyDockerTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Path.Combine(Directory.CreateTempSubdirectory("chaosbench-certify-").FullName, "certificate");

    [TearDown]
    public void DeleteOutput() => Directory.Delete(Path.GetDirectoryName(_out)!, recursive: true);

    [Test]
    public async Task Certify_RedisOnThreeVersions_VerifiesUntilAnArtifactIsEdited()
    {
        // Given the Redis kill scenario over Redis 6.0, 7.0 and 8.0

        // When it is certified, and the certificate verified
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["certify", "scenarios/matrix/redis-kill.yaml", "--out", _out]);
        var intact = await CliProcess.RunAsync(["certify", "--verify", _out]);

        // Then every version passed, each in its own column, and nothing differs from the manifest
        Assert.That(exit, Is.Zero, stderr + stdout);
        var certificate = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "certificate.json")))!;
        Assert.That(certificate["columns"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "redis=6.0", "redis=7.0", "redis=8.0" }));
        Assert.That(certificate["runs"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>()), Is.EqualTo(new[] { "passed", "passed", "passed" }));
        Assert.That(certificate["manifest"]!.AsObject().Select(f => f.Key), Has.Some.EndsWith("/report.html").And.Some.EndsWith("/history.jsonl").And.Some.EqualTo("certificate.html"));
        var hash = File.ReadAllText(Path.Combine(_out, "certificate.json.sha256"))[..64];
        Assert.That(stdout, Does.Contain($"sha256 {hash}"));
        Assert.That(intact.ExitCode, Is.Zero, intact.Stderr);
        Assert.That(intact.Stdout, Does.Contain("every file matches the certificate"));

        // When one run's history is edited after the fact
        var history = Path.Combine(_out, certificate["runs"]![1]!["record"]!.GetValue<string>().Replace("run.json", "history.jsonl", StringComparison.Ordinal));
        File.AppendAllText(history, "{}\n");
        var edited = await CliProcess.RunAsync(["certify", "--verify", _out]);

        // Then verification fails, naming the file
        Assert.That(edited.ExitCode, Is.EqualTo(1));
        Assert.That(CliProcess.OwnLines(edited.Stderr), Is.EqualTo(new[] { $"chaosbench: changed: {Path.GetRelativePath(_out, history).Replace('\\', '/')}" }));
    }
}
