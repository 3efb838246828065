using ChaosBench.Checkers;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
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

    [Test]
    public async Task Run_CvatShapedComposeFile_KillOfAnUnderscoredServiceUnderLoadPasses()
    {
        // Given the CVAT-shaped file as written (container_name, restart, an unset ${no_proxy}), its images mapped onto recipes
        var scenario = TestKinds.Loader.Load(Scenario("scenarios", "compose", "cvat-kill-db.yaml"), _ => null);

        // When it runs
        var result = await TestRuns.RunAsync(scenario, 7);

        // Then cvat_db was killed under load and lost nothing, and run.json lists what the run overrode
        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
        Assert.That(Killed(result.Record), Is.EqualTo("cvat_db"));
        Assert.That(result.Record.HistorySummary.GetValueOrDefault("write ok"), Is.GreaterThan(0));
        Assert.That(result.Record.Overrides, Does.Contain("cvat_db: restart: always ignored — the fault timeline decides restarts"));
        Assert.That(result.Record.UnsetVariables.Single(), Does.StartWith("no_proxy: unset, read as empty"));
    }

    [Test]
    public async Task Run_MilvusShapedComposeFileWithDurability_PowerLossOfEtcdUnderLoadPasses()
    {
        // Given the Milvus-shaped file as written, its etcd bind put on the power-loss layer by the scenario's durability:
        // When it runs
        var (result, volumes) = await RunMilvusShapedAsync("milvus-power-loss-etcd.yaml");

        // Then etcd's power was cut under load and it lost nothing, on a volume of its own, not in the bind's folder
        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
        Assert.That(result.Record.Timeline.Single(e => e.Kind == "power-loss").Detail, Does.StartWith("power cut"));
        Assert.That(result.Record.HistorySummary.GetValueOrDefault("write ok"), Is.GreaterThan(0));
        Assert.That(volumes, Does.Not.Contain("etcd"));
        Assert.That(result.Record.Overrides, Does.Contain("etcd: the bind at /etcd is a volume of the member's own on the power-loss layer (the scenario's durability:) — a power cut drops what was not fsynced, and the data does not land in the bind's folder"));
    }

    [Test]
    public async Task Run_HostAccessWithAllowHost_KeptAndTheKillStillReachesOnlyTheMember()
    {
        // Given etcd with the host's process namespace and a host device, loaded as --allow-host loads it
        var folder = Directory.CreateTempSubdirectory("chaosbench-host-access-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "docker-compose.yml"), "services:\n  etcd:\n    image: recipe:etcd-3.5\n    pid: host\n    devices: [\"/dev/null:/dev/blackhole:rw\"]\n");
            File.WriteAllText(Path.Combine(folder.FullName, "host.yaml"), """
                name: compose-host-access
                duration: 7s
                compose: docker-compose.yml
                workload: { kind: etcd-kv, target: etcd, clients: 2, rate: 50/s }
                faults:
                  - at: 2s
                    kill: { target: etcd }
                  - at: 3s
                    start: { target: etcd }
                  - at: 5s
                    exec: { target: etcd, command: [sh, -c, "test -c /dev/blackhole && test -d /proc/1/ && ls /proc | grep -c '^[0-9]'"] }
                expect:
                  - no-lost-writes
                  - recovers-within: 5s
                """);
            var scenario = new ScenarioLoader(TestKinds.All) { AllowHost = true }.Load(Path.Combine(folder.FullName, "host.yaml"), _ => null);

            // When it runs with host access
            var result = await TestRuns.RunAsync(scenario, 7, allowHost: true);

            // Then it passes, the kill went to etcd's own process through its cgroup (not to the host's it could see),
            // the member saw the host's processes and the device, and run.json says what of the host it was given
            Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
            Assert.That(result.Record.AllowHost, Is.True);
            Assert.That(result.Record.Timeline.Single(e => e.Kind == "kill").Detail, Does.Contain("SIGKILL to 1 process"));
            Assert.That(int.Parse(result.Record.Timeline.Single(e => e.Kind == "exec").Detail.Split(": ")[1].Split(',')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(10));
            Assert.That(result.Record.Overrides, Does.Contain("etcd: pid: host kept (host access, --allow-host) — its processes share the host's process namespace; a kill still reaches only its own (its cgroup)"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Run_MilvusShapedComposeFile_RestartOfEtcdUnderLoadPasses()
    {
        // Given the Milvus-shaped file as written (container_name, security_opt, networks.default.name, binds next to it)
        // When it runs
        var (result, volumes) = await RunMilvusShapedAsync("milvus-restart-etcd.yaml");

        // Then etcd was restarted under load and lost nothing, its data in the bind Milvus's file names
        Assert.That(result.Record.Outcome, Is.EqualTo(Outcome.Passed), result.Record.Reason);
        Assert.That(result.Record.Timeline.Single(e => e.Kind == "restart").Target, Is.EqualTo("etcd"));
        Assert.That(result.Record.HistorySummary.GetValueOrDefault("write ok"), Is.GreaterThan(0));
        Assert.That(volumes, Does.Contain(Path.Combine("etcd", "member")));
        Assert.That(result.Record.Overrides, Does.Contain("standalone: security_opt: seccomp:unconfined ignored — the product runs under the engine's default seccomp and AppArmor profiles"));
    }

    /// <summary>
    /// Runs a scenario of scenarios/compose on the Milvus-shaped file, and returns with the folders its binds made
    /// under milvus/volumes (relative to it), which are then deleted: the run's only files outside the engine, made by
    /// the engine as Compose would have.
    /// </summary>
    private static async Task<(RunResult Result, IReadOnlyList<string> Volumes)> RunMilvusShapedAsync(string file)
    {
        var volumes = Scenario("scenarios", "compose", "milvus", "volumes");
        var scenario = TestKinds.Loader.Load(Scenario("scenarios", "compose", file), _ => null);
        try
        {
            var result = await TestRuns.RunAsync(scenario, 7);
            var made = Directory.Exists(volumes) ? Directory.GetDirectories(volumes, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(volumes, d)).ToList() : [];
            return (result, made);
        }
        finally
        {
            if (Directory.Exists(volumes))
            {
                Directory.Delete(volumes, recursive: true);
            }
        }
    }

    private static string Killed(RunRecord record) => record.Timeline.Single(e => e.Kind == "kill").Target;

    private static TimeSpan StartOf(IReadOnlyList<TimelineEntry> timeline, string member) =>
        timeline.First(e => e.Kind == "engine" && e.Target == member && e.Detail == "start").Time;
}
