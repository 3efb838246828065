using static ChaosBench.Tests.Cli.RunRecords;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The clock fault through a real product: scenarios/clock passes, which means PostgreSQL's own now() ran 7200s
/// ahead of the real clock while skewed and agreed with it again after reset-clock (the scenario's steps), and the
/// timeline shows the offset asked and the one read back in the member. Its control is in <see cref="ScenarioCatalogTests"/>.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class ClockScenarioTests
{
    private string _out = null!;

    [SetUp]
    public void CreateOutput() => _out = Directory.CreateTempSubdirectory("chaosbench-clock-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_out, recursive: true);

    [Test]
    public async Task Run_ClockScenarios_PassAndTheSkewWasSeenAndEnded()
    {
        // Given PostgreSQL skewed 2 hours ahead under load, then reset

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", "scenarios/clock", "--out", _out]);

        // Then it passes: the server's now() was 7200s ahead, then on time again, and no committed upsert was lost
        Assert.That(exit, Is.Zero, stderr + stdout);
        var records = await ReadAsync(_out);
        Assert.That(records.Select(r => r["scenario"]!.GetValue<string>()), Is.EquivalentTo(new[] { "postgresql-clock-skew" }));
        Assert.That(records.Select(r => r["outcome"]!.GetValue<string>()), Is.All.EqualTo("passed"));
        Assert.That(Timeline(records, "postgresql-clock-skew", "exec"), Has.Some.Match(@"exit 0: 7(199|20[0-2])\b").And.Some.Match(@"exit 0: -?[0-2]\b"));

        // And the timeline shows the offset asked and the one the member's clock gave back, within 2s, then none
        Assert.That(Timeline(records, "postgresql-clock-skew", "clock").Single(), Does.Match(@"postgres\): asked \+2h, observed \+(7198|7199|7200|7201)\.\ds"));
        Assert.That(Timeline(records, "postgresql-clock-skew", "reset-clock").Single(), Does.Match(@"observed [+-][01]\.\ds"));
    }
}
