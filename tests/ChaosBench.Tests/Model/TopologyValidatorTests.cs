using ChaosBench.Model;
using ChaosBench.Model.Planning;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.VersionHop;
using ChaosBench.Model.Options;

namespace ChaosBench.Tests.Model;

public sealed class TopologyValidatorTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>Three single-member etcd services, as a Compose file gives them.</summary>
    private static ScenarioBuilder ThreeServices() => new ScenarioBuilder("compose-etcd", TestKinds.All)
        .Duration(20 * Second)
        .Service("etcd-1", s => s.Image = "recipe:etcd-3.4")
        .Service("etcd-2", s => s.Image = "recipe:etcd-3.4")
        .Service("etcd-3", s => s.Image = "recipe:etcd-3.4");

    private static List<string> Errors(ScenarioBuilder builder) =>
        ScenarioValidator.Validate(builder.ToOptions(), TestKinds.All).Select(e => $"{e.Path}: {e.Message}").ToList();

    [Test]
    public void Resolve_KillRandomOfGroup_PicksAmongAllItsServicesMembersAndStartsThemBack()
    {
        // Given a group of three services, killed at random and started again
        var scenario = ThreeServices().Group("etcd", "etcd-1", "etcd-2", "etcd-3")
            .Workload("etcd-kv", "etcd")
            .Fault(5 * Second, new KillOptions { Target = "etcd", Pick = "random" })
            .Fault(8 * Second, "start", "previous")
            .Build();

        // When the plans of many seeds are resolved
        var plans = Enumerable.Range(1, 30).Select(seed => Planner.Resolve(scenario, seed)).ToList();

        // Then each kills one member of the group, every member is chosen by some seed, and the start follows it
        Assert.That(plans.Select(p => p.Faults[0].Members.Single()).Distinct(), Is.EquivalentTo(new[] { "etcd-1", "etcd-2", "etcd-3" }));
        Assert.That(plans.Select(p => p.Faults[1].Members.Single()), Is.EqualTo(plans.Select(p => p.Faults[0].Members.Single())));
        Assert.That(scenario.MembersByName()["etcd"], Is.EqualTo(new[] { "etcd-1", "etcd-2", "etcd-3" }));
    }

    [Test]
    public void Validate_BadGroups_EachReported()
    {
        // Given a group naming a service, one listing an unknown service and one twice, and an empty one
        var builder = ThreeServices()
            .Group("etcd-1", "etcd-2")
            .Group("etcd", "etcd-1", "etcd-4", "etcd-1")
            .Group("none");

        // Then each is an error at its place
        Assert.That(Errors(builder), Is.EquivalentTo(new[]
        {
            "groups.etcd-1: 'etcd-1' already names a service or member, so a target 'etcd-1' would be ambiguous",
            "groups.etcd[1]: group 'etcd' lists 'etcd-4', and there is no such service",
            "groups.etcd[2]: group 'etcd' lists 'etcd-1' twice",
            "groups.none: group 'none' has no services",
        }));
    }

    [Test]
    public void Validate_PickLeaderOfGroup_RefusedForItIsNoCluster()
    {
        var builder = ThreeServices().Group("etcd", "etcd-1", "etcd-2", "etcd-3").Fault(5 * Second, new KillOptions { Target = "etcd", Pick = "leader" });

        Assert.That(Errors(builder), Is.EqualTo(new[] { "faults[0].kill.pick: cannot pick 'leader' of etcd (3 replicas, no cluster)" }));
    }

    [Test]
    public void Validate_DependenciesInACircleOrOnNothing_Reported()
    {
        // Given three services depending on each other in a circle, one on a service that does not exist, with an unknown condition
        var builder = ThreeServices()
            .Service("etcd-1", s => { s.Image = "recipe:etcd-3.4"; s.DependsOn["etcd-2"] = "started"; })
            .Service("etcd-2", s => { s.Image = "recipe:etcd-3.4"; s.DependsOn["etcd-3"] = "started"; })
            .Service("etcd-3", s => { s.Image = "recipe:etcd-3.4"; s.DependsOn["etcd-1"] = "started"; s.DependsOn["etcd-9"] = "completed"; });

        // Then the circle is named in order, and the unknown service and condition are reported
        Assert.That(Errors(builder), Is.EquivalentTo(new[]
        {
            "services.etcd-3.depends_on.etcd-9: etcd-3 depends on 'etcd-9', and there is no such service",
            "services.etcd-3.depends_on.etcd-9.condition: unknown condition 'completed'",
            "services.etcd-1.depends_on: the services depend on each other in a circle: etcd-1 → etcd-2 → etcd-3 → etcd-1",
        }));
    }

    [Test]
    public void Validate_HealthyDependencyWithoutProbe_RefusedAsComposeDoes()
    {
        var builder = ThreeServices().Service("etcd-1", s => { s.Image = "recipe:etcd-3.4"; s.DependsOn["etcd-2"] = "healthy"; });

        Assert.That(Errors(builder), Is.EqualTo(new[] { "services.etcd-1.depends_on.etcd-2: etcd-1 waits for 'etcd-2' to be healthy, and etcd-2 has no readiness probe" }));
    }

    [Test]
    public void Validate_UndeclaredNetworkBadPortOwnLabelAndRelativeBind_EachReported()
    {
        var builder = ThreeServices().Network("back").Service("etcd-1", s =>
        {
            s.Image = "recipe:etcd-3.4";
            s.Networks["back"] = ["store"];
            s.Networks["front"] = [];
            s.Networks["default"] = [];
            s.Ports = ["2379", "8080:80"];
            s.Labels["chaosbench.run"] = "mine";
            s.Binds = [new BindOptions { Source = "config", Target = "/config" }];
        });

        Assert.That(Errors(builder), Is.EquivalentTo(new[]
        {
            "services.etcd-1.networks.front: no network 'front'",
            "services.etcd-1.ports: '8080:80' is not a container port",
            "services.etcd-1.labels.chaosbench.run: the label 'chaosbench.run' is the harness's own: it finds and removes the run's containers by its chaosbench.* labels",
            "services.etcd-1.volumes: a bind mount needs absolute paths on both sides, not 'config:/config'",
        }));
    }

    [Test]
    public void Build_ImageUsedInPlaceOfAnother_ResolvesServicesAndHopsToIt()
    {
        // Given a vendor's image reference mapped to an offline recipe, for a service and a version hop
        var scenario = new ScenarioBuilder("vendor", TestKinds.All)
            .Duration(10 * Second)
            .Service("etcd", s => s.Image = "quay.io/coreos/etcd:v3.4.23")
            .Fault(2 * Second, new VersionHopOptions { Target = "etcd", To = "quay.io/coreos/etcd:v3.5.16" })
            .Image("quay.io/coreos/etcd:v3.4.23", i => i.Use = "recipe:etcd-3.4")
            .Image("quay.io/coreos/etcd:v3.5.16", i => i.Use = "recipe:etcd-3.5")
            .Build();

        // Then the run needs the recipes, not the vendor's images
        Assert.That(scenario.ImageReferences(), Is.EqualTo(new[] { "recipe:etcd-3.4", "recipe:etcd-3.5" }));
    }

    [Test]
    public void Validate_ImageWithTarballAndUseOrAChainOfUses_Reported()
    {
        var builder = new ScenarioBuilder("vendor", TestKinds.All)
            .Duration(10 * Second)
            .Service("a", s => s.Image = "vendor/a:1")
            .Service("b", s => s.Image = "vendor/b:1")
            .Image("vendor/a:1", i => { i.Use = "recipe:etcd-3.4"; i.Tarball = "a.tar"; })
            .Image("vendor/b:1", i => i.Use = "vendor/a:1");

        Assert.That(Errors(builder), Is.EquivalentTo(new[]
        {
            "images.vendor/a:1.use: vendor/a:1 takes a 'tarball' or 'use', not both: 'use' runs another image in its place, so its tarball would never load",
            "images.vendor/b:1.use: vendor/b:1 uses vendor/a:1, which itself uses recipe:etcd-3.4",
        }));
    }
}
