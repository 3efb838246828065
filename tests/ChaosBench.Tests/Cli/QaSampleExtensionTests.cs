using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// Issue 17's extension example through the CLI: the QA sample's own kinds (a <c>mariadb-kv</c> workload over
/// MySqlConnector, a <c>write-latency</c> checker), named by the <c>chaosbench.json</c> of its scenario folder,
/// against MariaDB from the sample's own recipe. The kinds' assembly brings a newer logging library than the CLI
/// ships (MySqlConnector's), which it must get. The kill scenario passes; the pause control fails on latency alone.
/// The folder's list-append pair (<c>mariadb-append</c>) runs too: serializable through a kill passes, the
/// repeatable-read control fails <c>serializable</c>.
/// </summary>
[Category("Docker")]
[CancelAfter(600_000)]
public sealed class QaSampleExtensionTests
{
    private static readonly string Folder = Path.Combine(TestEnvironment.RepoRoot, "tests", "ChaosBench.QaSample", "mariadb");

    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-qa-mariadb-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_SampleFolderWithItsOwnKinds_ScenariosPassAndControlsFailWhereTheyMust()
    {
        // Given the sample's kinds built with the solution, as chaosbench.json names them
        Assert.That(File.Exists(Path.Combine(Folder, "..", "Kinds", "bin", "Release", "net10.0", "ChaosBench.QaSample.Kinds.dll")), Is.True, "build the solution in Release first");

        // When the CLI runs the folder
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", Folder, "--out", _out]);

        // Then the kill scenario passed and the pause control failed (exit 1), on write-latency only, naming the slowest
        // write; the serializable append scenario passed, its control failed at serializable
        Assert.That(exit, Is.EqualTo(1), stderr + stdout);
        var records = Directory.GetDirectories(_out).Select(d => JsonNode.Parse(File.ReadAllText(Path.Combine(d, "run.json")))!).ToDictionary(r => r["scenario"]!.GetValue<string>());
        Assert.That(records["qa-mariadb-kill"]["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), stdout);
        var control = records["qa-mariadb-pause-breaks-latency"];
        Assert.That(control["outcome"]!.GetValue<string>(), Is.EqualTo("failed"), stdout);
        var verdicts = control["verdicts"]!.AsArray().Select(v => (v!["status"]!.GetValue<string>(), v["summary"]!.GetValue<string>())).ToList();
        Assert.That(verdicts[0].Item1, Is.EqualTo("passed"), stdout);
        Assert.That(verdicts[1], Is.EqualTo(("failed", verdicts[1].Item2)));
        Assert.That(verdicts[1].Item2, Does.Match(@"acknowledged writes took longer than 2s; the slowest, k\d{6} invoked at \+[\d.]+s, took [34]\.\d+s$"));
        Assert.That(records["qa-mariadb-append-serializable"]["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), stdout);
        Assert.That(records["qa-mariadb-append-repeatable-read"]["failedStep"]!.GetValue<string>(), Is.EqualTo("expect[0] serializable"), stdout);
    }
}
