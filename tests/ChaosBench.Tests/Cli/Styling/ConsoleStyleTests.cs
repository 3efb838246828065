using ChaosBench.Cli.Styling;
using ChaosBench.Reports.Jsonl;
using ChaosBench.Tests.Checkers.Linearizable;

namespace ChaosBench.Tests.Cli.Styling;

/// <summary>Colours on a terminal; plain lines, byte for byte today's, under <c>NO_COLOR</c>, under <c>CI</c> and when piped.</summary>
public sealed class ConsoleStyleTests
{
    private string _root = null!;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-style-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [TestCase(false, null, null, true)]
    [TestCase(true, null, null, false)]
    [TestCase(false, "true", null, false)]
    [TestCase(false, null, "1", false)]
    [TestCase(false, null, "", true)]
    public void Wanted_TerminalCiNoColor_StyledOnlyOnATerminalOutsideCiWithoutNoColor(bool redirected, string? ci, string? noColor, bool styled)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["NO_COLOR"] = noColor };

        Assert.That(ConsoleStyle.Wanted(redirected, name => environment.GetValueOrDefault(name)), Is.EqualTo(styled));
    }

    [Test]
    public async Task Check_OnATerminal_ColoursTheVerdictAndOtherwiseShowsThePlainText()
    {
        // Given a history that passes, and what check prints when piped
        var history = SaveHistory();
        var piped = await CliProcess.RunAsync(["check", history, "--expect", "linearizable"]);

        // When it is checked on a terminal
        var (exit, shown) = await TerminalProcess.RunAsync(["check", history, "--expect", "linearizable"], new Dictionary<string, string>());

        // Then the verdict is coloured, and without its colour codes the text is the piped text
        Assert.That(exit, Is.Zero, shown);
        Assert.That(shown, Does.Contain(TerminalProcess.Escape));
        Assert.That(Timeless(WithoutAnsi(shown)), Is.EqualTo(Timeless(piped.Stdout)));
    }

    [Test]
    public async Task Lint_BrokenScenarioOnATerminal_ColoursTheErrorLineKeepingItsText()
    {
        var file = "tests/ChaosBench.Tests/Scenarios/Broken/bad-rate.yaml";
        var piped = await CliProcess.RunAsync(["lint", file]);

        var (exit, shown) = await TerminalProcess.RunAsync(["lint", file], new Dictionary<string, string>());

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(shown, Does.Contain(TerminalProcess.Escape));
        Assert.That(WithoutAnsi(shown), Is.EqualTo(piped.Stderr));
    }

    [TestCase("NO_COLOR", "1")]
    [TestCase("CI", "true")]
    public async Task CheckAndLint_OnATerminalUnderNoColorOrCi_PrintTodaysPlainLines(string variable, string value)
    {
        // Given a passing history, a broken scenario, and what each prints when piped
        var history = SaveHistory();
        var file = "tests/ChaosBench.Tests/Scenarios/Broken/bad-rate.yaml";
        var check = await CliProcess.RunAsync(["check", history, "--expect", "linearizable"]);
        var lint = await CliProcess.RunAsync(["lint", file]);
        var env = new Dictionary<string, string> { [variable] = value };

        // When each runs on a terminal with the variable set
        var shownCheck = await TerminalProcess.RunAsync(["check", history, "--expect", "linearizable"], env);
        var shownLint = await TerminalProcess.RunAsync(["lint", file], env);

        // Then the terminal shows exactly the plain lines
        Assert.That(Timeless(TerminalProcess.WithoutTerminalModes(shownCheck.Shown)), Is.EqualTo(Timeless(check.Stdout)));
        Assert.That(TerminalProcess.WithoutTerminalModes(shownLint.Shown), Is.EqualTo(lint.Stderr));
    }

    /// <summary>Without the one figure that differs from run to run: how long the search took.</summary>
    private static string Timeless(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "search-seconds: [0-9.]+", "search-seconds: _");

    /// <summary>The text without colour codes (SGR) nor the terminal's key modes.</summary>
    private static string WithoutAnsi(string text) =>
        System.Text.RegularExpressions.Regex.Replace(TerminalProcess.WithoutTerminalModes(text), "\u001b\\[[0-9;]*m", string.Empty);

    private string SaveHistory()
    {
        var path = Path.Combine(_root, "history.jsonl");
        using var output = File.Create(path);
        HistoryJsonl.Write(new RegisterHistory().Write("1", 0, 10).Read("1", 20, 30).ToHistory(), output);
        return path;
    }
}
