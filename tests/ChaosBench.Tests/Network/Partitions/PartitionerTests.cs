using ChaosBench.Engine.Cleanup;
using ChaosBench.Network.Partitions;

namespace ChaosBench.Tests.Network.Partitions;

/// <summary>Partitions drawn with iptables in real etcd members' namespaces, probed from both sides, healed and swept.</summary>
[Category("Docker")]
[CancelAfter(180_000)]
[NonParallelizable]
public sealed class PartitionerTests
{
    private PartitionedMembers _members = null!;

    [OneTimeSetUp]
    public async Task StartMembers() => _members = await PartitionedMembers.StartAsync();

    /// <summary>A test that failed half-way leaves no rule to the next: what is left of this run's partitions is swept.</summary>
    [TearDown]
    public async Task SweepLeftovers() => await new PartitionSweeper(_members.Run).SweepAsync(new HashSet<string> { _members.Run.RunId });

    [OneTimeTearDown]
    public async Task RemoveMembers() => await _members.DisposeAsync();

    [Test]
    public async Task Between_TwoSides_NeitherHearsTheOtherTheRestHearsBothAndHealRestoresAll()
    {
        // Given a | b, with c in neither side
        var (a, b, c) = (_members.A, _members.B, _members.C);
        var partitioner = new Partitioner(_members.Run);
        Assert.That(await _members.HearsAsync(b, a), Is.True, "before: a reaches b");

        // When it is drawn
        var partition = await partitioner.ApplyAsync(PartitionShape.Between([a], [b]));

        // Then a and b no longer hear each other, c hears and is heard by both
        Assert.That(await _members.HearsAsync(b, a), Is.False);
        Assert.That(await _members.HearsAsync(a, b), Is.False);
        Assert.That(await _members.HearsAsync(a, c) && await _members.HearsAsync(c, a) && await _members.HearsAsync(b, c), Is.True);
        Assert.That(await _members.RulesAsync(a), Does.Contain($"-A INPUT -m comment --comment \"chaosbench.run={_members.Run.RunId}\" -j {partition.Chain}"));
        Assert.That(partition.ToString(), Does.Match(@"^\[a\] \| \[b\] \(DROP in INPUT of a, b, chain CB-[0-9a-f]{10}-\d+, via nsenter\)$"));

        // And after heal both hear each other and nothing of the chain is left
        await partition.HealAsync();
        Assert.That(await _members.HearsAsync(b, a) && await _members.HearsAsync(a, b), Is.True);
        foreach (var member in _members.Members)
        {
            Assert.That(await _members.RulesAsync(member), Does.Not.Contain("CB-").And.Not.Contain("chaosbench"));
        }
    }

    [Test]
    public async Task OneWay_AToB_DropsOnlyThatDirection()
    {
        var (a, b) = (_members.A, _members.B);
        var partition = await new Partitioner(_members.Run).ApplyAsync(PartitionShape.OneWay([a], [b]));

        var aToB = await _members.HearsAsync(b, a);
        var bToA = await _members.HearsAsync(a, b);
        await partition.HealAsync();

        Assert.That((aToB, bToA), Is.EqualTo((false, true)));
        Assert.That(await _members.HearsAsync(b, a), Is.True);
        Assert.That(await _members.RulesAsync(a) + await _members.RulesAsync(b), Does.Not.Contain("CB-"));
    }

    [Test]
    public async Task Heal_OneOfTwoOverlappingPartitions_RemovesExactlyItsOwnRules()
    {
        // Given a | b and a | c at once
        var (a, b, c) = (_members.A, _members.B, _members.C);
        var partitioner = new Partitioner(_members.Run);
        var first = await partitioner.ApplyAsync(PartitionShape.Between([a], [b]));
        var second = await partitioner.ApplyAsync(PartitionShape.Between([a], [c]));

        // When the first heals
        await first.HealAsync();

        // Then a and b talk again while a and c still do not, and only the second chain is left
        Assert.That(await _members.HearsAsync(b, a), Is.True);
        Assert.That(await _members.HearsAsync(c, a), Is.False);
        Assert.That(await _members.RulesAsync(a), Does.Contain(second.Chain).And.Not.Contain(first.Chain));
        await second.HealAsync();
        Assert.That(await _members.HearsAsync(c, a), Is.True);
    }

    [Test]
    public async Task Sweep_DeadRunsPartition_RemovesItsChainsAndLeavesTheLiveRunsAlone()
    {
        // Given a partition of a run that died (same members, another run id) and one of the live run
        var (a, b, c) = (_members.A, _members.B, _members.C);
        var deadRun = new RunResources(_members.Run.Engine, "test-dead-" + Guid.NewGuid().ToString("N")[..8]);
        var dead = await new Partitioner(deadRun).ApplyAsync(PartitionShape.Between([a], [b]));
        var live = await new Partitioner(_members.Run).ApplyAsync(PartitionShape.Between([a], [c]));

        // When the sweep is told the dead run's id
        var sweep = await new PartitionSweeper(_members.Run).SweepAsync(new HashSet<string> { deadRun.RunId });

        // Then the dead run's chain is gone from both its members, the live one acts still
        Assert.That(sweep.Removed, Is.EquivalentTo(new[] { $"{_members.Run.RunId}-a: {dead.Chain} of run {deadRun.RunId}", $"{_members.Run.RunId}-b: {dead.Chain} of run {deadRun.RunId}" }));
        Assert.That(sweep.Problems, Is.Empty);
        Assert.That(await _members.HearsAsync(b, a), Is.True);
        Assert.That(await _members.HearsAsync(c, a), Is.False);
        Assert.That(await _members.RulesAsync(a), Does.Not.Contain(dead.Chain).And.Contain(live.Chain));
        await live.HealAsync();
    }

    [Test]
    public async Task Apply_HelperContainer_DrawsTheSameRulesWithNetAdminOnlyAndLeavesNoHelper()
    {
        var (a, b) = (_members.A, _members.B);
        await TestEnvironment.ImageAsync("iptables-1.8");
        var partitioner = new Partitioner(_members.Run, new PartitionerOptions { Access = NamespaceAccess.HelperContainer });

        var partition = await partitioner.ApplyAsync(PartitionShape.Between([a], [b]));
        var cut = !await _members.HearsAsync(b, a) && !await _members.HearsAsync(a, b);
        var rules = await _members.RulesAsync(b);
        await partition.HealAsync();

        Assert.That(cut, Is.True);
        Assert.That(rules, Does.Contain(partition.Chain), "the helper's iptables-nft and the host's see the same rules");
        Assert.That(partitioner.How, Is.EqualTo("helper container (chaosbench/iptables:1.8, NET_ADMIN)"));
        Assert.That(await _members.HearsAsync(b, a), Is.True);
        var left = await _members.Run.Engine.Containers.ListAsync($"{RunLabels.Run}={_members.Run.RunId}");
        Assert.That(left.Select(l => l.Image), Has.None.Contains("iptables"));
    }

    [Test]
    public async Task Apply_ReceiverNotRunning_FailsNamingItAndLeavesNothingOnTheOthers()
    {
        // Given a member whose container was created but never started: it has no namespace to draw in
        var (a, b) = (_members.A, _members.B);
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        var id = await _members.Run.CreateContainerAsync(new ChaosBench.Engine.ContainerSpec { Image = image.Id, Name = $"{_members.Run.RunId}-down" });
        var down = new PartitionMember("down", id, ["10.9.9.9"]);

        // When a partition puts it against a and b
        var error = Assert.ThrowsAsync<PartitionException>(() => new Partitioner(_members.Run).ApplyAsync(PartitionShape.Between([a, b], [down])));

        // Then the error names it and why, and the rules already drawn in a and b were taken back
        Assert.That(error!.Message, Does.Match(@"^partition: down: could not draw chain CB-[0-9a-f]{10}-\d+ via nsenter \(exit -1\): the container is created: a container that is not running has no network namespace$"));
        Assert.That(await _members.RulesAsync(a) + await _members.RulesAsync(b), Does.Not.Contain("CB-"));
    }
}
