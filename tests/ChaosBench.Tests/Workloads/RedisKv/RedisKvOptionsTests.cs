using ChaosBench.Scenarios;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Workloads.RedisKv;

/// <summary>redis-kv's own option, the clients' reply timeout, as the scenario reads it.</summary>
public sealed class RedisKvOptionsTests
{
    private const string Scenario = """
        name: r
        duration: 5s
        services:
          redis: { image: recipe:redis-7.0 }
        workload: { kind: redis-kv, target: redis, TIMEOUT }
        """;

    [TestCase("timeout: 500ms", 500)]
    [TestCase("clients: 2", 2000)]
    public void Parse_Timeout_ReadOrTwoSeconds(string option, int milliseconds)
    {
        // Given a redis-kv workload with a timeout, or without one
        var scenario = TestKinds.Loader.Parse(Scenario.Replace("TIMEOUT", option, StringComparison.Ordinal), "r.yaml");

        // Then its clients wait that long, or 2 s
        Assert.That(scenario.Workload!.OptionsAs<RedisKvOptions>().Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Test]
    public void Parse_ZeroTimeout_OneClearLine()
    {
        // Given a timeout of nothing
        var yaml = Scenario.Replace("TIMEOUT", "timeout: 0s", StringComparison.Ordinal);

        // When it is read
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "r.yaml"))!;

        // Then the file and line are named with the fix
        Assert.That(error.Message, Does.Contain("r.yaml:5").And.Contain("a client that waits no time for a reply never gets one"));
    }
}
