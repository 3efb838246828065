using ChaosBench.Faults.Links.Latency;
using ChaosBench.Model.Planning;
using ChaosBench.Network.Proxy.Toxics;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Faults;

/// <summary>The client-link kinds as the scenario reads and plans them, and their refusals.</summary>
public sealed class LinkFaultTests
{
    private const string Redis = """
        name: l
        duration: 20s
        services:
          redis: { image: recipe:redis-7.0, replicas: 2 }
          etcd: { image: recipe:etcd-3.4 }
        workload: { kind: redis-kv, target: redis }
        faults:
          - at: 2s

        """;

    [TestCase("latency: { target: redis, latency: 2s, for: 3s }", "+2s latency redis (client link: latency 2s down), repaired after 3s")]
    [TestCase("latency: { target: redis-2, latency: 200ms, jitter: 20ms, direction: both }", "+2s latency redis-2 (client link: latency 200ms ±20ms both)")]
    [TestCase("bandwidth: { target: redis, rate: 64KiB, direction: up, for: 1s }", "+2s bandwidth redis (client link: bandwidth 65536 B/s up), repaired after 1s")]
    [TestCase("slow-close: { target: redis, delay: 2s }", "+2s slow-close redis (client link: slow-close 2s down)")]
    [TestCase("timeout: { target: redis, for: 1s }", "+2s timeout redis (client link: timeout hold down), repaired after 1s")]
    [TestCase("timeout: { target: redis, after: 500ms }", "+2s timeout redis (client link: timeout close after 500ms down)")]
    [TestCase("reset: { target: redis }", "+2s reset redis (client link: reset down)")]
    [TestCase("slicer: { target: redis, average-size: 8, size-variation: 4, delay: 1ms }", "+2s slicer redis (client link: slicer 8 ±4 B every 1ms down)")]
    [TestCase("limit-data: { target: redis, bytes: 1KiB }", "+2s limit-data redis (client link: limit-data 1024 B down)")]
    [TestCase("loss: { target: redis, rate: 0.05, mode: close }", "+2s loss redis (client link: loss 0.05 close down)")]
    public void Plan_EachLinkKind_ShowsItsLinkAndToxic(string fault, string line)
    {
        // Given a client-link fault of each kind
        var scenario = TestKinds.Loader.Parse(Redis + "    " + fault + "\n", "l.yaml");

        // When it is planned
        var plan = Planner.Resolve(scenario, seed: 1);

        // Then the plan line shows the link and the toxic, and every member of a service is hit at once
        Assert.That(plan.Faults.Single().ToString(), Is.EqualTo(line));
        Assert.That(plan.Faults.Single().Members, Is.EqualTo(fault.Contains("redis-2", StringComparison.Ordinal) ? new[] { "redis-2" } : new[] { "redis-1", "redis-2" }));
    }

    [Test]
    public void Parse_Latency_FillsTypedOptions()
    {
        // Given a latency with every option
        var scenario = TestKinds.Loader.Parse(Redis + "    latency: { target: redis, latency: 250ms, jitter: 50ms, direction: up }\n", "l.yaml");

        // When it is read
        var options = (LatencyOptions)scenario.Faults.Single().Options;

        // Then each is typed
        Assert.That((options.Latency, options.Jitter, options.Direction), Is.EqualTo((TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(50), ToxicDirection.Up)));
    }

    [TestCase("latency: { target: redis }", "latency needs a 'latency'")]
    [TestCase("latency: { target: redis, latency: 100ms, jitter: 200ms }", "jitter 200ms is not between 0 and the latency")]
    [TestCase("latency: { target: redis, latency: 0s }", "a latency of 0 or less delays nothing")]
    [TestCase("latency: { target: etcd, latency: 1s }", "the workload connects to redis, not etcd")]
    [TestCase("latency: { target: redis, latency: 1s, direction: sideways }", "sideways")]
    [TestCase("latency: { target: redis, latency: 1s, bytes: 10 }", "takes no 'bytes'")]
    [TestCase("bandwidth: { target: redis }", "bandwidth needs a 'rate'")]
    [TestCase("slicer: { target: redis, average-size: 8, size-variation: 8 }", "the size variation must be 0 or more and below the average size")]
    [TestCase("timeout: { target: redis, after: 0s }", "a connection cannot be closed before the fault reached it")]
    [TestCase("loss: { target: redis, rate: 1.5 }", "a share of 1.5 chunks cannot be lost")]
    public void Parse_WrongLinkFault_OneClearLine(string fault, string message)
    {
        // Given a link fault written wrong
        var yaml = Redis + "    " + fault + "\n";

        // When it is read
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "l.yaml"))!;

        // Then the error names the file, the line and what is wrong
        Assert.That(error.Message, Does.Contain("l.yaml:9").And.Contain(message));
    }

    [Test]
    public void Parse_LinkFaultWithoutWorkload_Refused()
    {
        // Given a latency in a scenario no workload crosses
        var yaml = Redis.Replace("workload: { kind: redis-kv, target: redis }\n", string.Empty, StringComparison.Ordinal) + "    latency: { target: redis, latency: 1s }\n";

        // When it is read
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "l.yaml"))!;

        // Then it is refused with the fix
        Assert.That(error.Message, Does.Contain("latency shapes the workload's connections, and this scenario has no workload"));
    }
}
