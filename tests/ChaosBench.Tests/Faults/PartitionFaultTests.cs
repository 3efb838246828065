using ChaosBench.Faults.Partition;
using ChaosBench.Model.Planning;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Faults;

/// <summary>The partition kind's forms as the scenario reads them: sides, shapes, one way, and the refusals.</summary>
public sealed class PartitionFaultTests
{
    private const string Etcd = """
        name: p
        duration: 20s
        services:
          etcd: { image: recipe:etcd-3.4, replicas: 3, cluster: etcd }
          redis: { image: recipe:redis-7.0, replicas: 2 }
        workload: { kind: etcd-kv, target: etcd }
        faults:
          - at: 2s

        """;

    [TestCase("partition: { between: [[etcd-1], [etcd-2, etcd-3]], for: 3s }", "+2s partition [etcd-1] | [etcd-2, etcd-3], repaired after 3s")]
    [TestCase("partition: { from: etcd-1, to: etcd-2 }", "+2s partition etcd-1 -> etcd-2")]
    [TestCase("partition: { target: etcd, shape: isolate-leader, for: 4s }", "+2s partition etcd (isolate-leader), repaired after 4s")]
    [TestCase("partition: { target: etcd, shape: majority-minority }", "+2s partition etcd (majority-minority)")]
    [TestCase("partition: { target: etcd-2, for: 3s }", "+2s partition etcd-2, repaired after 3s")]
    public void Plan_EachForm_ShowsItsSides(string fault, string line)
    {
        // Given a partition in one of its forms
        var scenario = TestKinds.Loader.Parse(Etcd + "    " + fault + "\n", "p.yaml");

        // When it is planned
        var plan = Planner.Resolve(scenario, seed: 1);

        // Then the plan line names its sides (or its shape), and its members are the ones drawn
        Assert.That(plan.Faults.Single().ToString(), Is.EqualTo(line));
        Assert.That(plan.Faults.Single().Service, Is.EqualTo("etcd"));
    }

    [Test]
    public void Parse_Between_FillsTheSides()
    {
        // Given two sides
        var scenario = TestKinds.Loader.Parse(Etcd + "    partition: { between: [[etcd-1], [etcd-2, etcd-3]] }\n", "p.yaml");

        // When it is read
        var options = (PartitionOptions)scenario.Faults.Single().Options;

        // Then each side holds its members, in order
        Assert.That(options.Between, Is.EqualTo(new[] { new[] { "etcd-1" }, new[] { "etcd-2", "etcd-3" } }));
    }

    [TestCase("partition: { between: [[etcd-1], [etcd-2, etcd-9]] }", "no member 'etcd-9'")]
    [TestCase("partition: { between: [[etcd-1, etcd-2]] }", "'between' needs at least two sides")]
    [TestCase("partition: { between: [[etcd-1], [etcd-1, etcd-2]] }", "etcd-1 is on more than one side")]
    [TestCase("partition: { between: [[etcd-1], [redis-1]] }", "a partition's members must all be of one service")]
    [TestCase("partition: { target: etcd, between: [[etcd-1], [etcd-2]] }", "takes no 'target'")]
    [TestCase("partition: { from: etcd-1 }", "a one-way partition needs both 'from' and 'to'")]
    [TestCase("partition: { from: etcd-1, to: etcd-1 }", "'from' and 'to' are both etcd-1")]
    [TestCase("partition: { from: etcd-1, to: etcd-2, between: [[etcd-1], [etcd-2]] }", "one of 'between', 'shape' or 'from'/'to'")]
    [TestCase("partition: { target: redis, shape: isolate-leader }", "only a cluster kind names it; redis has no 'cluster'")]
    [TestCase("partition: { target: etcd-1, shape: halves }", "a partition's 'shape' splits the members of one service")]
    [TestCase("partition: { target: etcd, shape: thirds }", "thirds")]
    public void Parse_WrongPartition_OneClearLine(string fault, string message)
    {
        // Given a partition written wrong
        var yaml = Etcd + "    " + fault + "\n";

        // When it is read
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "p.yaml"))!;

        // Then the error names the file and what is wrong
        Assert.That(error.Message, Does.Contain("p.yaml:").And.Contain(message));
    }
}
