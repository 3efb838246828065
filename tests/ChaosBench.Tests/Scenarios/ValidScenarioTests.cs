using System.Text.Json;
using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Scenarios;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.Start;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Checkers.RecoversWithin;
using ChaosBench.Faults.VersionHop;

namespace ChaosBench.Tests.Scenarios;

public sealed class ValidScenarioTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    public static IEnumerable<TestCaseData> RepositoryScenarios()
    {
        var folder = Path.Combine(TestEnvironment.RepoRoot, "scenarios");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories).Where(f => !ComposeFiles.IsComposeFile(f) && !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains("recipes")).Order(StringComparer.Ordinal)
                .Select(f => new TestCaseData(Path.GetRelativePath(TestEnvironment.RepoRoot, f)))
            : [];
    }

    [TestCaseSource(nameof(RepositoryScenarios))]
    public void Load_RepositoryScenario_IsValid(string file)
    {
        // Given a scenario shipped in scenarios/
        var path = Path.Combine(TestEnvironment.RepoRoot, file);

        // When it is loaded, every expansion of a matrix
        var scenarios = TestKinds.Loader.LoadAll(path);

        // Then it validates, and remembers where it came from
        Assert.That(scenarios.Select(s => s.SourceFile), Is.Not.Empty.And.All.EqualTo(path));
    }

    [Test]
    public void Parse_EtcdKillMember_BuildsTheScenarioAsWritten()
    {
        // Given the etcd sketch

        // When it is parsed
        var scenario = TestKinds.Loader.Parse(Sketches.EtcdKillMember, "etcd-kill-member.yaml");

        // Then every field arrives
        Assert.That(scenario.Name, Is.EqualTo("etcd-kill-member"));
        Assert.That(scenario.Seed, Is.EqualTo(7));
        Assert.That(scenario.Duration, Is.EqualTo(20 * Second));
        var etcd = scenario.Service("etcd");
        Assert.That((etcd.Image, etcd.Replicas, etcd.Cluster), Is.EqualTo(("recipe:etcd-3.4", 3, "etcd")));
        Assert.That(etcd.Volumes, Is.EqualTo(new[] { new Volume("data", "/var/lib/etcd", "normal") }));
        Assert.That(etcd.Ready, Is.EqualTo(new Readiness("http://{self}:2379/health", null, null, 30 * Second)));
        Assert.That(scenario.Workload, Is.EqualTo(new Workload(TestKinds.Workload("etcd-kv"), "etcd", 4, 200, 1000) { Options = new ChaosBench.Workloads.EtcdKv.EtcdKvOptions() }));
        Assert.That(scenario.Faults, Is.EqualTo(new[]
        {
            new Fault(0, 5 * Second, TestKinds.Fault("kill"), new KillOptions { Target = "etcd" }),
            new Fault(1, 8 * Second, TestKinds.Fault("start"), new StartOptions { Target = "previous" }),
        }));
        Assert.That(scenario.Expectations, Is.EqualTo(new[] { new Expectation(TestKinds.Expectation("no-lost-writes"), new NoLostWritesOptions()), new Expectation(TestKinds.Expectation("recovers-within"), new RecoversWithinOptions { Within = 10 * Second }) }));
    }

    [Test]
    public void Parse_RedisVersionHop_KeepsCommandExecProbeAndHops()
    {
        // Given the Redis sketch

        // When it is parsed
        var scenario = TestKinds.Loader.Parse(Sketches.RedisVersionHop, "redis-version-hop.yaml");

        // Then the command, the exec probe and both hops arrive
        var cache = scenario.Service("cache");
        Assert.That(cache.Command, Is.EqualTo(new[] { "redis-server", "--appendonly", "yes", "--appendfsync", "always" }));
        Assert.That(cache.Ready!.Exec, Is.EqualTo(new[] { "redis-cli", "ping" }));
        Assert.That(cache.Ready.Within, Is.EqualTo(30 * Second), "the default wait");
        Assert.That(scenario.Faults.Select(f => (f.Kind.Name, f.OptionsAs<VersionHopOptions>().To)), Is.EqualTo(new[] { ("version-hop", "recipe:redis-7.0"), ("version-hop", "recipe:redis-8.0") }));
        Assert.That(scenario.Workload, Is.Null);
    }

    [Test]
    public void Parse_EtcdUnsafeNoFsync_KeepsArgsEnvDurabilityAndLogProbe()
    {
        // Given the negative-control sketch

        // When it is parsed
        var scenario = TestKinds.Loader.Parse(Sketches.EtcdUnsafeNoFsync, "etcd-unsafe.yaml");

        // Then the long volume form, args, env and the log probe arrive
        var etcd = scenario.Service("etcd");
        Assert.That(etcd.Args, Is.EqualTo(new[] { "--unsafe-no-fsync" }));
        Assert.That(etcd.Env, Is.EqualTo(new Dictionary<string, string> { ["ETCD_LOG_LEVEL"] = "debug" }));
        Assert.That(etcd.Volumes, Is.EqualTo(new[] { new Volume("data", "/var/lib/etcd", "power-loss") }));
        Assert.That(etcd.Ready!.Log, Is.EqualTo("ready to serve"));
        Assert.That(scenario.Workload!.Rate, Is.EqualTo(500));
    }

    [Test]
    public void Parse_SameContentAsBuilder_GivesAnEqualScenario()
    {
        // Given the etcd sketch written with the C# builder
        var built = new ScenarioBuilder("etcd-kill-member", TestKinds.All)
            .Seed(7)
            .Duration(20 * Second)
            .Service("etcd", s =>
            {
                s.Image = "recipe:etcd-3.4";
                s.Replicas = 3;
                s.Cluster = "etcd";
                s.Volumes["data"] = new VolumeOptions { Path = "/var/lib/etcd" };
                s.Ready = new ReadyOptions { Http = "http://{self}:2379/health", Within = 30 * Second };
            })
            .Workload("etcd-kv", "etcd", w => { w.Clients = 4; w.Rate = 200; })
            .Fault(5 * Second, new KillOptions { Target = "etcd", Pick = "random", Signal = "KILL" })
            .Fault(8 * Second, "start", "previous")
            .Expect("no-lost-writes")
            .Expect("recovers-within", 10 * Second);

        // When the YAML is parsed
        var parsed = TestKinds.Loader.Parse(Sketches.EtcdKillMember, "etcd-kill-member.yaml");

        // Then both are the same scenario, down to every list and map
        Assert.That(JsonSerializer.Serialize(parsed with { SourceFile = null }), Is.EqualTo(JsonSerializer.Serialize(built.Build())));
    }
}
