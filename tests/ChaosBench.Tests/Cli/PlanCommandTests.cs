namespace ChaosBench.Tests.Cli;

public sealed class PlanCommandTests
{
    [Test]
    public async Task Plan_SameSeedTwice_ByteForByteIdentical()
    {
        var first = await CliProcess.RunAsync(["plan", "scenarios/etcd/kill-member.yaml", "--seed", "7"]);
        var second = await CliProcess.RunAsync(["plan", "scenarios/etcd/kill-member.yaml", "--seed", "7"]);

        Assert.That(first.ExitCode, Is.Zero, first.Stderr);
        Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
        Assert.That(first.Stdout, Does.Contain("seed 7").And.Contain("+5s kill etcd-").And.Contain("recipe:etcd-3.4: built offline"));
    }

    [Test]
    public async Task Plan_MatrixFile_PlansEveryCombination()
    {
        // Given the Redis matrix of three versions

        // When it is planned, and linted
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["plan", "scenarios/matrix/redis-kill.yaml", "--seed", "7"]);
        var lint = await CliProcess.RunAsync(["lint", "scenarios/matrix/redis-kill.yaml"]);

        // Then each version has its own plan, on its own image, and lint names the three runs
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stdout.Split('\n').Where(l => l.StartsWith("scenario ", StringComparison.Ordinal)), Is.EqualTo(new[] { "scenario redis-kill[redis=6.0]", "scenario redis-kill[redis=7.0]", "scenario redis-kill[redis=8.0]" }));
        Assert.That(stdout, Does.Contain("  redis: recipe:redis-6.0\n").And.Contain("  redis: recipe:redis-8.0\n"));
        Assert.That(lint.Stdout, Is.EqualTo("ok  scenarios/matrix/redis-kill.yaml (3 runs: redis-kill[redis=6.0], redis-kill[redis=7.0], redis-kill[redis=8.0])\n"));
    }

    [Test]
    public async Task Plan_OtherSeeds_PickOtherMembers()
    {
        var kills = new HashSet<string>();
        foreach (var seed in new[] { "1", "2", "3", "4", "5", "6", "7", "8" })
        {
            var (_, stdout, _) = await CliProcess.RunAsync(["plan", "scenarios/etcd/kill-member.yaml", "--seed", seed]);
            kills.Add(stdout.Split('\n').Single(l => l.Contains("kill etcd-", StringComparison.Ordinal)).Trim());
        }

        Assert.That(kills, Has.Count.GreaterThan(1));
    }

    [Test]
    public async Task Plan_ExternalServiceVariableUnset_Exits0SayingWhatToSet()
    {
        // Given a scenario whose only service is external, and its variable not set
        var env = new Dictionary<string, string> { ["LONGHORN_URL"] = string.Empty };

        // When it is planned
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["plan", "tests/ChaosBench.Tests/Plans/Scenarios/external-placeholder.yaml"], env);

        // Then the plan works and says exactly what is missing
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("external:\n  longhorn: MISSING: set LONGHORN_URL to the deployment's base URL (e.g. https://longhorn.staging.example)\n"));
    }

    [Test]
    public async Task Plan_ImageOptionNoScenarioUses_Exits2NamingIt()
    {
        // Given --image for an image the scenario does not use

        // When it is planned
        var (exit, _, stderr) = await CliProcess.RunAsync(["plan", "tests/ChaosBench.Tests/Plans/Scenarios/qdrant-tarball-placeholder.yaml", "--image", "qdrant/qdrant:v1.13.6=q.tar"]);

        // Then it is a usage error with the images it might have meant
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--image qdrant/qdrant:v1.13.6=q.tar: no scenario given uses qdrant/qdrant:v1.13.6; fix: did you mean"));
    }

    [Test]
    public async Task Plan_BrokenFile_Exits2WithLocatedError()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["plan", "tests/ChaosBench.Tests/Scenarios/Broken/unknown-fault-kind.yaml"]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Match(@"unknown-fault-kind\.yaml:\d+:\d+: "));
    }
}
