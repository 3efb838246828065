using System.Text.Json.Nodes;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Tests.Cli;

[Category("Docker")]
[CancelAfter(300_000)]
public sealed class KeepOnFailureTests
{
    [Test]
    public async Task Run_FailedWithKeepOnFailure_SurvivesTheNextStartUntilClean()
    {
        // Given a failing control run with --keep-on-failure
        var output = Directory.CreateTempSubdirectory("chaosbench-keep-").FullName;
        var (exit, _, stderr) = await CliProcess.RunAsync(["run", "scenarios/controls/etcd-log-must-trip.yaml", "--keep-on-failure", "--out", output]);
        var runId = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Directory.GetDirectories(output).Single(), "run.json")))!["runId"]!.GetValue<string>();
        var label = $"{RunLabels.Run}={runId}";
        using var engine = TestEnvironment.Engine();

        // When another harness starts, and then clean runs
        await CliProcess.RunAsync(["images", "list"]);
        var keptAfterStart = await engine.Containers.ListAsync(label);
        var clean = await CliProcess.RunAsync(["clean"]);

        // Then the kept run was left for inspection, with instructions, until clean removed it
        Assert.That(exit, Is.EqualTo(1), stderr);
        Assert.That(stderr, Does.Contain($"kept run {runId}").And.Contain("./chaosbench clean"));
        Assert.That(keptAfterStart, Has.Count.EqualTo(1));
        Assert.That(clean.ExitCode, Is.Zero);
        Assert.That(await engine.Containers.ListAsync(label), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync(label), Is.Empty);
        Directory.Delete(output, recursive: true);
    }
}
