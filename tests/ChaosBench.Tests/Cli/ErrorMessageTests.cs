namespace ChaosBench.Tests.Cli;

[CancelAfter(300_000)]
public sealed class ErrorMessageTests
{
    [Test]
    [Category("Docker")]
    public async Task ImagesBuild_UnknownRecipe_OneLineWithFixAndExit2()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["images", "build", "no-such-recipe"]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(CliProcess.OwnLines(stderr), Has.Count.EqualTo(1));
        Assert.That(stderr, Does.Contain("no image recipe 'no-such-recipe'").And.Contain("fix:"));
    }

    [Test]
    public async Task Clean_NoEngineAtDockerHost_OneLineWithFixAndExit3()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["clean"], new Dictionary<string, string> { ["DOCKER_HOST"] = "unix:///tmp/chaosbench-no-engine.sock" });

        Assert.That(exit, Is.EqualTo(3));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("no container engine answers at unix:///tmp/chaosbench-no-engine.sock").And.Contain("fix:"));
    }

    [Test]
    public async Task Script_NoEngineAndNoWayToStartOne_OneLineWithFixAndNonZeroExit()
    {
        // A tcp engine the script cannot start: nothing listens on port 1 of loopback.
        var (exit, _, stderr) = await CliProcess.RunAsync(["clean"], new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:1" }, viaScript: true);

        var lines = CliProcess.OwnLines(stderr);
        Assert.That(exit, Is.Not.Zero);
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(lines[0], Does.Contain("no engine answers at DOCKER_HOST=tcp://127.0.0.1:1").And.Contain("fix:"));
    }
}
