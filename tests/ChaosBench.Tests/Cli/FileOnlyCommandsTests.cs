using System.CommandLine;
using ChaosBench.Cli.Commands;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Jsonl;
using ChaosBench.Tests.Checkers.Linearizable;
using ChaosBench.Tests.Reports.Merge;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The commands that only read files (<c>lint</c>, <c>plan</c>, every <c>--help</c>, <c>report merge</c>,
/// <c>certify --verify</c>, <c>check</c>) work through <c>./chaosbench</c> with no engine anywhere: the wrapper never
/// runs <c>ci/engine.sh</c> for them, which with <c>DOCKER_HOST</c> at nothing would fail the command with exit 3.
/// </summary>
public sealed class FileOnlyCommandsTests
{
    private static readonly Dictionary<string, string> NoEngine = new() { ["DOCKER_HOST"] = "unix:///nonexistent.sock" };
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-file-only-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    /// <summary>Every command line's <c>--help</c>, the root's and each subcommand's at every depth, read off the command tree.</summary>
    public static IEnumerable<TestCaseData> Helps() =>
        HelpsOf(Root.Create(), []).Select(help => new TestCaseData(new object[] { help }).SetArgDisplayNames(string.Join(' ', help)));

    [TestCaseSource(nameof(Helps))]
    public async Task Help_NoEngineAnywhere_Exits0WithoutTheBootstrap(string[] help)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(help, NoEngine, viaScript: true);

        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("Usage:"));
        AssertNoEngineAsked(stderr);
    }

    [Test]
    public async Task FileOnlyCommands_NoEngineAnywhere_EachExits0WithoutTheBootstrap()
    {
        // Given a scenario, two shards of a matrix merged into a certificate's folder, and a history file
        var first = FakeShards.Write(Path.Combine(_root, "shard-1"), Version("6.0"));
        var second = FakeShards.Write(Path.Combine(_root, "shard-2"), Version("7.0"));
        var merged = Path.Combine(_root, "merged");
        var history = Path.Combine(_root, "history.jsonl");
        using (var output = File.Create(history))
        {
            HistoryJsonl.Write(new RegisterHistory().Write("1", 0, 10).Read("1", 20, 30).ToHistory(), output);
        }

        // When each file-only command runs with DOCKER_HOST pointing at nothing
        string[][] commands =
        [
            ["lint", "scenarios/etcd/kill-member.yaml"],
            ["plan", "scenarios/etcd/kill-member.yaml", "--seed", "7"],
            ["report", "merge", first, second, "--out", merged],
            ["certify", "--verify", merged],
            ["check", history, "--expect", "linearizable"],
        ];
        foreach (var command in commands)
        {
            var (exit, _, stderr) = await CliProcess.RunAsync(command, NoEngine, viaScript: true);

            // Then each works, and none asked for an engine
            Assert.That(exit, Is.Zero, $"{string.Join(' ', command)}: {stderr}");
            AssertNoEngineAsked(stderr);
        }
    }

    [Test]
    public async Task Run_NoEngineAnywhere_TheBootstrapSaysSoAndExits3()
    {
        // The control: a command that needs an engine does run the bootstrap, which finds none at DOCKER_HOST.
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", "scenarios/etcd/kill-member.yaml"], NoEngine, viaScript: true);

        Assert.That(exit, Is.EqualTo(3));
        Assert.That(stderr, Does.Contain("engine.sh: no engine answers at DOCKER_HOST=unix:///nonexistent.sock"));
    }

    private static void AssertNoEngineAsked(string stderr) =>
        Assert.That(stderr, Does.Not.Contain("engine.sh").And.Not.Contain("no engine answers"));

    private static IEnumerable<string[]> HelpsOf(Command command, string[] path)
    {
        yield return [.. path, "--help"];
        foreach (var sub in command.Subcommands.SelectMany(s => HelpsOf(s, [.. path, s.Name])))
        {
            yield return sub;
        }
    }

    private static RunRecord Version(string version) =>
        FakeShards.Run("redis-kill", Outcome.Passed) with { Scenario = $"redis-kill[redis={version}]", Matrix = new Dictionary<string, string> { ["redis"] = version } };
}
