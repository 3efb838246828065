using ChaosBench.Model.Kinds;
using ChaosBench.Runner.Clusters;
using ChaosBench.Scenarios;
using ChaosBench.Runner.Clusters.Etcd;

namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>The Compose scenarios in scenarios/compose/ read cleanly and mirror their native counterparts.</summary>
public sealed class RepositoryComposeTests
{
    private static readonly string Folder = Path.Combine(TestEnvironment.RepoRoot, "scenarios", "compose");

    public static IEnumerable<TestCaseData> Scenarios() =>
        Directory.GetFiles(Folder, "*.yaml").Where(f => !ComposeFiles.IsComposeFile(f)).Order(StringComparer.Ordinal).Select(f => new TestCaseData(Path.GetFileName(f)));

    [TestCaseSource(nameof(Scenarios))]
    public void LoadOptions_ComposeScenario_ReadsWithoutErrors(string file)
    {
        // Given a scenario of scenarios/compose/, and no variable set

        // When its options are read
        var options = TestKinds.Loader.LoadOptions(Path.Combine(Folder, file), _ => null).Options;

        // Then its Compose file gave it services, and every group names them
        Assert.That(options.Services, Is.Not.Empty);
        Assert.That(options.Groups.Values.SelectMany(g => g), Is.SubsetOf(options.Services.Keys));
    }

    [Test]
    public void LoadOptions_EtcdCompose_RunsWhatTheNativeClusterRuns()
    {
        // Given the Compose etcd cluster, and the native one of etcd/kill-member.yaml
        var compose = TestKinds.Loader.LoadOptions(Path.Combine(Folder, "etcd-kill-member.yaml"), _ => null).Options;
        var native = TestKinds.Loader.Load(Path.Combine(TestEnvironment.RepoRoot, "scenarios", "etcd", "kill-member.yaml")).Service("etcd");

        // When each member's command is compared with the native wiring's, under the Compose file's token
        var wiring = new EtcdCluster();

        // Then they are the same command, image and wait, so a run on either can give the same verdict
        Assert.That(compose.Groups["etcd"], Is.EqualTo(native.Members));
        foreach (var member in native.Members)
        {
            var service = compose.Services[member];
            Assert.That(service.Command, Is.EqualTo(wiring.CommandFor(native, member, new ClusterWiring("chaosbench-etcd", m => $"{m}:2380"))), member);
            Assert.That((service.Image, service.Ready!.Within), Is.EqualTo((native.Image, native.Ready!.Within)), member);
            Assert.That(service.Volumes.Single().Value.Path, Is.EqualTo(native.Volumes.Single().Path), member);
        }
    }

    [Test]
    public void LoadOptions_ComposeVariables_ChooseTheImages()
    {
        // Given the Compose scenarios, with their version variables set
        string? Lookup(string name) => name switch { "ETCD_VERSION" => "3.5", "REDIS_VERSION" => "8.0", "PGBACKREST_VERSION" => "2.56", _ => null };

        // When they are read
        var images = Scenarios().SelectMany(c => TestKinds.Loader.LoadOptions(Path.Combine(Folder, (string)c.Arguments[0]!), Lookup).Options.Services.Values).Select(s => s.Image!).Where(i => i.StartsWith("recipe:", StringComparison.Ordinal)).Distinct();

        // Then the variables chose the recipes, and a service that pins its image keeps it (the vendor-shaped files name the vendors' images)
        Assert.That(images, Is.EquivalentTo(new[] { "recipe:etcd-3.5", "recipe:redis-8.0", "recipe:redis-7.0", "recipe:pgbackrest-2.56" }));
    }
}
