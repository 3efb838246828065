using ChaosBench.Checkers;
using ChaosBench.Model.Records;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Runner;

/// <summary>Scenarios whose services come from Compose files run end to end on real products.</summary>
[Category("Docker")]
[CancelAfter(600_000)]
public sealed class ComposeRunTests
{
    private static string Scenario(params string[] parts) => Path.Combine([TestEnvironment.RepoRoot, .. parts]);

    [Test]
    public async Task Run_ComposeEtcdClusterAndNativeCluster_SameSeedSameTargetSameVerdicts()
    {
        // Given the same kill scenario on a native 3-member etcd cluster and on one read from a Compose file
        var native = TestKinds.Loader.Load(Scenario("scenarios", "etcd", "kill-member.yaml"));
        var compose = TestKinds.Loader.Load(Scenario("scenarios", "compose", "etcd-kill-member.yaml"));

        // When both run with one seed
        var nativeRun = await TestRuns.RunAsync(native, 7);
        var composeRun = await TestRuns.RunAsync(compose, 7);

        // Then both pass, the seed killed the same member, and every expectation came out the same
        Assert.That(composeRun.Record.Outcome, Is.EqualTo(Outcome.Passed), composeRun.Record.Reason);
        Assert.That(composeRun.Record.Outcome, Is.EqualTo(nativeRun.Record.Outcome), nativeRun.Record.Reason);
        Assert.That(Killed(composeRun.Record), Is.EqualTo(Killed(nativeRun.Record)));
        Assert.That(composeRun.Record.Verdicts.Select(v => (v.Expectation, v.Status)), Is.EqualTo(nativeRun.Record.Verdicts.Select(v => (v.Expectation, v.Status))));
        Assert.That(composeRun.Record.Verdicts[0].Evidence["lost"], Is.EqualTo(0));
    }

    [Test]
    public async Task Run_ComposeRedisWithApp_AppStartsOnlyOnceTheCacheIsReady()
    {
        // Given Redis and an app tier that depends on it being healthy
        var scenario = TestKinds.Loader.Load(Scenario("scenarios", "compose", "redis-kill-with-app.yaml"));

        // When it runs
        var result = await TestRuns.RunAsync(scenario, 7);

        // Then the app's container started after the cache answered its probe, and no acknowledged write was lost
        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
        var timeline = result.Record.Timeline;
        var cacheReady = timeline.First(e => e.Kind == TimelineKinds.Ready && e.Target == "cache").Time;
        var appStart = timeline.First(e => e.Kind == "engine" && e.Target == "app" && e.Detail == "start").Time;
        Assert.That(appStart, Is.GreaterThan(cacheReady));
    }

    [Test]
    public async Task Run_ComposePostgresqlWithPgbackrest_Passes()
    {
        var scenario = TestKinds.Loader.Load(Scenario("scenarios", "compose", "duplicate-backup-targets-pgbackrest.yaml"));

        var result = await TestRuns.RunAsync(scenario, 7);

        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
    }

    [Test]
    public async Task Run_EveryComposeKey_EachTakesEffectInsideTheContainers()
    {
        // Given a Compose file using every supported key, and steps that check each from inside the containers
        var scenario = TestKinds.Loader.Load(Scenario("tests", "ChaosBench.Tests", "Scenarios", "Compose", "Run", "every-key.yaml"));

        // When it runs
        var result = await TestRuns.RunAsync(scenario, 7);

        // Then every step saw what its key asked for (a step that sees otherwise fails the run)
        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
        var timeline = result.Record.Timeline;
        Assert.That(timeline.Count(e => e.Kind == "exec"), Is.EqualTo(scenario.Faults.Count));

        // And the port was published on loopback only, the service outside the active profiles never started,
        // and 'edge' started after 'app', which it depends on
        Assert.That(timeline.Single(e => e.Kind == TimelineKinds.Published).Detail, Does.Match(@"^6379/tcp at 127\.0\.0\.1:\d+$"));
        Assert.That(timeline.Where(e => e.Target == "debug"), Is.Empty);
        Assert.That(StartOf(timeline, "edge"), Is.GreaterThan(StartOf(timeline, "app")));
        Assert.That(result.Record.Images.Single().Reference, Is.EqualTo("recipe:redis-7.0"));
    }

    [Test]
    public async Task Run_VersionHopOfAComposeService_RunsTheMappedImagesAndKeepsTheData()
    {
        // Given a Compose service named as a vendor names its image, hopped by name to another mapped tag
        var scenario = TestKinds.Loader.Load(Scenario("tests", "ChaosBench.Tests", "Scenarios", "Compose", "Run", "version-hop.yaml"));

        // When it runs
        var result = await TestRuns.RunAsync(scenario, 7);

        // Then both recipes ran in place of the tags, and every acknowledged write survived the hop
        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
        Assert.That(result.Record.Images.Select(i => i.Reference), Is.EqualTo(new[] { "recipe:redis-6.0", "recipe:redis-7.0" }));
        Assert.That(result.Record.Timeline.Single(e => e.Kind == "version-hop").Target, Is.EqualTo("cache"));
    }

    private static string Killed(RunRecord record) => record.Timeline.Single(e => e.Kind == "kill").Target;

    private static TimeSpan StartOf(IReadOnlyList<TimelineEntry> timeline, string member) =>
        timeline.First(e => e.Kind == "engine" && e.Target == member && e.Detail == "start").Time;
}
