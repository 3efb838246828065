using ChaosBench.Model;
using ChaosBench.Model.Planning;
using ChaosBench.Faults.Kill;

namespace ChaosBench.Tests.Model;

public sealed class PlannerTests
{
    private static readonly Scenario KillMember = new ScenarioBuilder("etcd-kill-member", TestKinds.All)
        .Duration(TimeSpan.FromSeconds(20))
        .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Replicas = 3; s.Cluster = "etcd"; })
        .Workload("etcd-kv", "etcd")
        .Fault(TimeSpan.FromSeconds(5), new KillOptions { Target = "etcd", Pick = "random" })
        .Fault(TimeSpan.FromSeconds(8), "start", "previous")
        .Expect("no-lost-writes")
        .Build();

    [Test]
    public void Resolve_SameSeedTwice_IdenticalPlanText()
    {
        var first = Planner.Resolve(KillMember, 7).Describe();
        var second = Planner.Resolve(KillMember, 7).Describe();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Resolve_DifferentSeeds_PickDifferentTargetsSomewhere()
    {
        var targets = Enumerable.Range(1, 20).Select(seed => Planner.Resolve(KillMember, seed).Faults[0].Target).ToHashSet();

        Assert.That(targets, Is.EquivalentTo(new[] { "etcd-1", "etcd-2", "etcd-3" }));
    }

    [Test]
    public void Resolve_Previous_HitsTheSameMemberAndLogsOneDecision()
    {
        var plan = Planner.Resolve(KillMember, 7);

        Assert.That(plan.Faults[1].Members, Is.EqualTo(plan.Faults[0].Members));
        Assert.That(plan.Decisions, Has.Count.EqualTo(1));
        Assert.That(plan.Decisions[0].Options, Is.EqualTo(new[] { "etcd-1", "etcd-2", "etcd-3" }));
    }

    [Test]
    public void Resolve_LeaderPick_DeferredToRunTime()
    {
        var scenario = new ScenarioBuilder("leader", TestKinds.All).Duration(TimeSpan.FromSeconds(10))
            .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Replicas = 3; s.Cluster = "etcd"; })
            .Fault(TimeSpan.FromSeconds(1), new KillOptions { Target = "etcd", Pick = "leader" }).Build();

        var plan = Planner.Resolve(scenario, 1);

        Assert.That(plan.Faults[0].Members, Is.Empty);
        Assert.That(plan.Describe(), Does.Contain("+1s kill etcd leader (chosen at run time) (signal KILL)"));
    }

    [Test]
    public void Describe_VersionHops_ShowTheCommandTheNewContainerRuns()
    {
        // Given a Redis service written with args only, hopped twice: to Valkey as it is, then with a command for that hop
        var scenario = TestKinds.Loader.Parse("""
            name: hops
            duration: 10s
            services:
              redis: { image: recipe:redis-7.0, args: [--dir, /data] }
            faults:
              - at: 1s
                version-hop: { target: redis, to: recipe:valkey-8.1 }
              - at: 2s
                version-hop: { target: redis, to: recipe:redis-7.0, command: [redis-server, --port, "6380"] }
            """, "hops.yaml");

        // When its plan is described
        var text = Planner.Resolve(scenario, 1).Describe();

        // Then each hop says what its new container runs: the image's own command, then the hop's, with the args appended
        Assert.That(text, Does.Contain("+1s version-hop redis (to recipe:valkey-8.1, command: (image's) --dir /data)"));
        Assert.That(text, Does.Contain("+2s version-hop redis (to recipe:redis-7.0, command: redis-server --port 6380 --dir /data)"));
    }

    [Test]
    public void Parse_VersionHopWithEmptyCommand_RefusedWithTheFix()
    {
        var yaml = """
            name: hops
            duration: 10s
            services:
              redis: { image: recipe:redis-7.0 }
            faults:
              - at: 1s
                version-hop: { target: redis, to: recipe:valkey-8.1, command: [] }
            """;

        var error = Assert.Catch(() => TestKinds.Loader.Parse(yaml, "hops.yaml"))!;

        Assert.That(error.Message, Does.Contain("version-hop's 'command' is empty").And.Contain("leave it out to run the new image's own"));
    }

    [Test]
    public void Resolve_RollingVersionHop_EveryMemberInOrderOneAtATime()
    {
        // Given a 3-member etcd cluster hopped with pick: rolling
        var scenario = TestKinds.Loader.Parse("""
            name: rolling
            duration: 10s
            services:
              etcd: { image: recipe:etcd-3.4, replicas: 3, cluster: etcd }
            faults:
              - at: 2s
                version-hop: { target: etcd, pick: rolling, to: recipe:etcd-3.5 }
            """, "rolling.yaml");

        // When it is planned
        var plan = Planner.Resolve(scenario, 1);

        // Then every member is hit, in member order, with no seed-driven choice, and the plan line says how
        Assert.That(plan.Faults[0].Members, Is.EqualTo(new[] { "etcd-1", "etcd-2", "etcd-3" }));
        Assert.That(plan.Decisions, Is.Empty);
        Assert.That(plan.Describe(), Does.Contain("+2s version-hop etcd-1,etcd-2,etcd-3 one at a time, each ready before the next (to recipe:etcd-3.5, command: (etcd cluster's))"));
    }
}
