using ChaosBench.Tests.Cli.Sharding;

namespace ChaosBench.Tests.Cli;

public sealed class ParallelRunCommandTests
{
    [TestCase("run", "0")]
    [TestCase("run", "-1")]
    [TestCase("certify", "0")]
    public async Task Run_ParallelBelowOne_Exit2OneLineWithFix(string command, string parallel)
    {
        // Given a valid scenario and --parallel below one
        var output = Directory.CreateTempSubdirectory("chaosbench-parallel-").FullName;
        try
        {
            // When it is run
            var (exit, _, stderr) = await CliProcess.RunAsync([command, $"{ShardCommandTests.Folder}/etcd-kill-member.yaml", "--parallel", parallel, "--out", Path.Combine(output, "out")]);

            // Then nothing runs and the one line says what to give instead
            Assert.That(exit, Is.EqualTo(2), stderr);
            Assert.That(CliProcess.OwnLines(stderr), Is.EqualTo(new[] { $"chaosbench: --parallel {parallel} must be at least 1; fix: --parallel 1 runs the scenarios one after another, --parallel 4 up to four at once" }));
            Assert.That(Directory.Exists(Path.Combine(output, "out", "runs")) || Directory.GetFileSystemEntries(output).Length == 0, Is.True);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public void Run_Help_NamesParallel()
    {
        // Given / When the run command's options
        var run = ChaosBench.Cli.Commands.RunCommand.Create();

        // Then --parallel is one of them, defaulting to one at a time
        var option = run.Options.Single(o => o.Name == "--parallel");
        Assert.That(option.Description, Does.Contain("at once"));
        Assert.That(run.Parse("run x.yaml").GetValue<int>("--parallel"), Is.EqualTo(1));
    }
}
