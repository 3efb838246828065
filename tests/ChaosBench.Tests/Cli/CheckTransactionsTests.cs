using ChaosBench.Cli.Commands;
using ChaosBench.Model.History;
using ChaosBench.Reports.Jsonl;
using ChaosBench.Tests.Checkers.Transactions;

namespace ChaosBench.Tests.Cli;

/// <summary><c>chaosbench check HISTORY --expect serializable</c>, on a run's history.jsonl and on Jepsen's EDN histories.</summary>
public sealed class CheckTransactionsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-check-txn-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private static string Fixture(string file) => Path.Combine(TestEnvironment.RepoRoot, "fixtures", "histories", file);

    [TestCase("g2-item.edn", "serializable", 1)]
    [TestCase("g2-item.edn", "snapshot-isolation", 0)]
    [TestCase("g-single.edn", "snapshot-isolation", 1)]
    [TestCase("g1a.edn", "read-committed", 1)]
    [TestCase("serializable.edn", "strict-serializable", 0)]
    public async Task Run_EdnFixture_ExitsAsItsAnomalyAndTheLevelSay(string file, string level, int exit)
    {
        // Given an EDN history as Jepsen writes them
        // When it is checked against the level
        var (code, stdout, stderr) = await Run(Fixture(file), level);

        // Then it exits as a run would: 0 passed, 1 failed
        Assert.That((code, stderr), Is.EqualTo((exit, string.Empty)), stdout);
        Assert.That(stdout, Does.StartWith($"{level}: {(exit == 0 ? "passed" : "failed")}\n"));
    }

    [Test]
    public async Task Run_WriteSkewHistoryJsonl_FailedNamingTheAnomalyAndTheCycle()
    {
        // Given a run's history.jsonl holding a write skew
        var txns = new Txns()
            .Invoke(0, "r x", "r y", "append x 1")
            .Invoke(1, "r x", "r y", "append y 1")
            .Complete(0, OpType.Ok, "r x", "r y", "append x 1")
            .Complete(1, OpType.Ok, "r x", "r y", "append y 1");
        var path = Save(History.Of(txns.Ops));

        // When it is checked as serializable
        var (code, stdout, _) = await Run(path, "serializable");

        // Then it failed, and the lines name G2-item and the cycle's two anti-dependencies
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("1 G2-item").And.Contain("G2-item cycle T3 -> T2 -> T3: T3 read x empty, before T2's append of 1"));
    }

    [Test]
    public async Task Run_RegisterHistoryAsSerializable_UnknownAndExits3()
    {
        // Given a history without transactions: one register write
        var history = new History();
        history.Append(TimeSpan.Zero, OpType.Invoke, 0, KvFunctions.Write, "k", "1");
        history.Append(TimeSpan.FromMilliseconds(1), OpType.Ok, 0, KvFunctions.Write, "k", "1");
        var path = Save(history);

        // When it is checked as serializable, then there is nothing to judge
        var (code, stdout, _) = await Run(path, "serializable");
        Assert.That(code, Is.EqualTo(3));
        Assert.That(stdout, Does.StartWith("serializable: unknown\n"));
    }

    [Test]
    public async Task Run_BrokenEdn_OneLineNamingFileAndExits2()
    {
        // Given an EDN file cut short
        var path = Path.Combine(_folder, "history.edn");
        await File.WriteAllTextAsync(path, "{:index 0, :type :invoke, :process 0, :f :txn, :value [[:r 1 nil]\n");

        // When it is checked, then one line names the file and the fix
        var (code, stdout, stderr) = await Run(path, "serializable");
        Assert.That((code, stdout), Is.EqualTo((2, string.Empty)));
        Assert.That(stderr, Does.StartWith($"chaosbench: {path}:").And.Contain("fix"));
    }

    private string Save(History history)
    {
        var path = Path.Combine(_folder, "history.jsonl");
        using var output = File.Create(path);
        HistoryJsonl.Write(history, output);
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(string path, string expect)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CheckCommand.RunAsync(path, [expect], null, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
