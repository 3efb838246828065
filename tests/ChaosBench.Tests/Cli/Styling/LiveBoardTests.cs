using System.Text.RegularExpressions;

namespace ChaosBench.Tests.Cli.Styling;

/// <summary>
/// The live board of a real run on a pseudo-terminal, as a user at a terminal sees it, and its absence where plain
/// lines are wanted: a short Redis run with a pause, so that a fault is current while operations complete.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed partial class LiveBoardTests
{
    private const string Scenario = """
        name: live-board
        duration: 5s
        services:
          redis: { image: recipe:redis-7.0, ready: { exec: [redis-cli, ping], within: 30s } }
        workload: { kind: redis-kv, target: redis, clients: 2, rate: 100/s }
        faults:
          - at: 1s
            pause: { target: redis, for: 2s }
        expect:
          - no-lost-writes
        """;

    private string _folder = null!;

    [SetUp]
    public async Task WriteScenario()
    {
        _folder = Directory.CreateTempSubdirectory("chaosbench-board-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, "live-board.yaml"), Scenario);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Run_OnATerminal_ShowsARowWithPhaseOperationsAndTheCurrentFault()
    {
        // When the scenario runs on a terminal
        var (exit, shown) = await TerminalProcess.RunAsync(["run", Path.Combine(_folder, "live-board.yaml"), "--out", Path.Combine(_folder, "runs")], new Dictionary<string, string>());

        // Then the board drew the run's row: the header, the workload phase with operations counted, the pause as "now"
        Assert.That(exit, Is.Zero, shown);
        var rows = Rows(shown);
        Assert.That(Plain(shown), Does.Contain("│ run").And.Contain("│ phase").And.Contain("│ now"), "the board's header");
        Assert.That(rows.Where(r => r.Phase == "workload" && r.Ok > 0), Is.Not.Empty, "a row in the workload phase counting completed operations");
        Assert.That(rows.Where(r => r.Now == "pause redis"), Is.Not.Empty, "a row naming the pause while it was current");
        Assert.That(rows.Select(r => r.Ok), Is.Ordered, "the counts only grow from one redraw to the next");

        // And the run's lines are there as in a log, the verdict among them
        Assert.That(Plain(shown), Does.Contain("phase workload").And.Contain("live-board: passed"));
    }

    [TestCase("NO_COLOR", "1")]
    [TestCase("CI", "true")]
    public async Task Run_OnATerminalUnderNoColorOrCi_PlainLinesAndNoBoard(string variable, string value)
    {
        // When the same run happens on a terminal that asks for plain output
        var (exit, shown) = await TerminalProcess.RunAsync(["run", Path.Combine(_folder, "live-board.yaml"), "--out", Path.Combine(_folder, "runs")], new Dictionary<string, string> { [variable] = value });

        // Then there is no board and no escape code of the CLI's, only today's lines
        Assert.That(exit, Is.Zero, shown);
        Assert.That(TerminalProcess.WithoutTerminalModes(shown), Does.Not.Contain(TerminalProcess.Escape).And.Not.Contain("│"));
        Assert.That(shown, Does.Contain("phase workload").And.Contain("pause redis").And.Contain("live-board: passed"));
    }

    /// <summary>Every redraw of the run's row, in order: phase, operations ok, current fault.</summary>
    private static List<(string Phase, int Ok, string Now)> Rows(string shown) =>
        [.. RowPattern().Matches(Plain(shown)).Select(m => (m.Groups["phase"].Value, int.Parse(m.Groups["ok"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["now"].Value.Trim()))];

    private static string Plain(string shown) => AnsiCode().Replace(shown, string.Empty);

    [GeneratedRegex(@"│ live-board\s+│ (?<phase>[a-z-]+)\s+│\s+\S+\s+│\s+(?<ok>\d+)\s+│\s+\d+\s+│\s+\d+\s+│ (?<now>[^│]*)│")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiCode();
}
