using ChaosBench.Cli.Commands;
using ChaosBench.Tests.Scenarios;

namespace ChaosBench.Tests.Cli;

public sealed class LintCommandTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-lint-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    [CancelAfter(60_000)]
    public async Task Lint_BrokenScenariosFolder_PrintsEveryErrorAndExits2()
    {
        // Given the broken-scenario corpus

        // When the built CLI lints its folder
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["lint", BrokenScenarioTests.Folder]);

        // Then every expected line is on stderr, nothing else, and the exit code says invalid
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(BrokenScenarioTests.ExpectedLines(BrokenScenarioTests.Folder)));
    }

    [Test]
    public void Run_ValidAndBrokenScenarios_OkLineForTheValidOneAndExit2()
    {
        // Given a folder with a valid scenario (.yml) and, below it, a broken one (.yaml)
        var valid = Write("etcd.yml", Sketches.EtcdKillMember);
        var broken = Write(Path.Combine("more", "broken.yaml"), "name: x\nduration: 20\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // When the folder is linted
        var exit = LintCommand.Run([_folder.FullName], stdout, stderr);

        // Then the valid file is ok, the broken one's every error is reported, and the exit code is 2
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout.ToString(), Is.EqualTo($"ok  {valid}\n"));
        Assert.That(stderr.ToString(), Is.EqualTo(
            $"{broken}:1:1: a scenario needs at least one service; fix: add a service under 'services:', e.g. 'etcd: {{ image: recipe:etcd-3.4 }}'\n" +
            $"{broken}:2:11: duration: '20' has no unit; fix: write e.g. '20s' (or 20ms, 20m)\n"));
    }

    [Test]
    public void Run_OnlyValidScenarios_Exits0()
    {
        // Given a valid scenario file
        var valid = Write("etcd.yaml", Sketches.EtcdKillMember);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // When it is linted by name
        var exit = LintCommand.Run([valid], stdout, stderr);

        // Then it passes quietly
        Assert.That(exit, Is.Zero);
        Assert.That(stdout.ToString(), Is.EqualTo($"ok  {valid}\n"));
        Assert.That(stderr.ToString(), Is.Empty);
    }

    [Test]
    public void Run_MissingPathOrEmptyFolder_SaysSoAndExits2()
    {
        // Given a path that does not exist and a folder without scenarios
        var missing = Path.Combine(_folder.FullName, "nope.yaml");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // When both are linted
        var exit = LintCommand.Run([missing, _folder.FullName], stdout, stderr);

        // Then each gets one line with a fix, and the exit code is 2
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            $"chaosbench: no file or folder '{missing}'; fix: check the path",
            $"chaosbench: no *.yaml or *.yml file under '{_folder.FullName}'; fix: name a folder that holds scenarios",
        }));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
