using ChaosBench.Cli.Commands;
using ChaosBench.Reports.Jsonl;
using ChaosBench.Tests.Checkers.Linearizable;

namespace ChaosBench.Tests.Cli;

/// <summary><c>chaosbench check HISTORY --expect linearizable [--budget D]</c>.</summary>
public sealed class CheckCommandTests
{
    private string _path = null!;

    [SetUp]
    public void CreateFile() => _path = Path.Combine(Directory.CreateTempSubdirectory("chaosbench-check-").FullName, "history.jsonl");

    [TearDown]
    public void RemoveFile() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Test]
    public async Task Run_LinearizableHistory_PrintsPassedAndExits0()
    {
        // Given a history file of a write read back
        Save(new RegisterHistory().Write("1", 0, 10).Read("1", 20, 30));

        // When it is checked
        var (exit, stdout, stderr) = await Run("linearizable");

        // Then it passed
        Assert.That((exit, stderr), Is.EqualTo((0, string.Empty)));
        Assert.That(stdout, Does.StartWith("linearizable: passed\n  all 2 operations on 1 key linearizable\n"));
    }

    [Test]
    public async Task Run_StaleRead_PrintsTheWindowWithTheImpossibleReadMarkedAndExits1()
    {
        // Given a stale read
        Save(new RegisterHistory().Write("1", 0, 10, process: 0).Write("2", 20, 30, process: 1).Read("1", 40, 50, process: 2));

        // When it is checked
        var (exit, stdout, _) = await Run("linearizable");

        // Then it failed, and the window shows the write it should have seen and the read, marked
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("linearizable: failed\n  key \"k\": p2 read → \"1\""));
        Assert.That(stdout, Does.Contain(
            "  window on key \"k\":\n" +
            "    p1  0.020–0.030 s  write \"2\" (ok)\n" +
            "    p2  0.040–0.050 s  read \"1\" (ok)   <- impossible\n"));
    }

    [Test]
    public async Task Run_EmptyHistory_UnknownAndExits3()
    {
        // Given a history file with no operations
        File.WriteAllText(_path, string.Empty);

        // When it is checked, then there is nothing to judge: unknown, as a run's unknown verdict is errored
        var (exit, stdout, _) = await Run("linearizable");
        Assert.That(exit, Is.EqualTo(3));
        Assert.That(stdout, Does.StartWith("linearizable: unknown\n"));
    }

    [Test]
    public async Task Run_BrokenLine_OneLineNamingFileLineAndFixExits2()
    {
        // Given a history whose second line is not an op
        Save(new RegisterHistory().Write("1", 0, 10));
        File.AppendAllText(_path, "{\"index\":2,\"time\":5}\n");

        // When it is checked
        var (exit, stdout, stderr) = await Run("linearizable");

        // Then one line says where and how to fix it
        Assert.That((exit, stdout), Is.EqualTo((2, string.Empty)));
        Assert.That(stderr, Does.StartWith($"chaosbench: {_path}:3: not a history op: no ").And.Contain("; fix: ").And.EndWith("\n"));
        Assert.That(stderr.TrimEnd('\n'), Does.Not.Contain("\n"));
    }

    [TestCase("--expect", "linearisable", "chaosbench: --expect 'linearisable' cannot be judged on a history alone; fix: did you mean 'linearizable'?\n")]
    [TestCase("--budget", "soon", "chaosbench: --budget 'soon' is not a positive duration; fix: write e.g. --budget 30s or --budget 2m\n")]
    public async Task Run_BadOption_SaysWhichAndExits2(string option, string value, string message)
    {
        // Given a valid history file
        Save(new RegisterHistory().Write("1", 0, 10));

        // When it is checked with a mistyped option
        var (exit, _, stderr) = option == "--expect" ? await Run(value) : await Run("linearizable", value);

        // Then the option is named with its fix
        Assert.That((exit, stderr), Is.EqualTo((2, message)));
    }

    [Test]
    public void Parse_CheckCommandLine_ReachesTheCheckCommand()
    {
        // Given the command line the docs show
        var parsed = Root.Create().Parse(["check", "history.jsonl", "--expect", "linearizable", "--budget", "30s"]);

        // Then it parses, as the check command
        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.CommandResult.Command.Name, Is.EqualTo("check"));
    }

    private void Save(RegisterHistory history)
    {
        using var output = File.Create(_path);
        HistoryJsonl.Write(history.ToHistory(), output);
    }

    private async Task<(int Exit, string Stdout, string Stderr)> Run(string expect, string? budget = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CheckCommand.RunAsync(_path, [expect], budget, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
