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
    public async Task Plan_BrokenFile_Exits2WithLocatedError()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["plan", "tests/ChaosBench.Tests/Scenarios/Broken/unknown-fault-kind.yaml"]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Match(@"unknown-fault-kind\.yaml:\d+:\d+: "));
    }
}
