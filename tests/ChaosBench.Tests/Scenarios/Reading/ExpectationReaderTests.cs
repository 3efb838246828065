using System.Text.Json;
using ChaosBench.Model;
using ChaosBench.Scenarios;
using ChaosBench.Checkers.Linearizable;
using ChaosBench.Checkers.NoLostWrites;

namespace ChaosBench.Tests.Scenarios.Reading;

public sealed class ExpectationReaderTests
{
    private const string Redis = """
        name: redis-everysec
        duration: 10s
        services:
          redis: { image: recipe:redis-7.0 }
        workload: { kind: redis-kv, target: redis }

        """;

    [Test]
    public void Parse_NoLostWritesBareAndWithLossWindow_BothFormsLoad()
    {
        // Given no-lost-writes bare, empty, with a loss-window in braces and as a block
        var yaml = Redis + """
            expect:
              - no-lost-writes
              - no-lost-writes:
              - no-lost-writes: { loss-window: 1s }
              - no-lost-writes:
                  loss-window: 250ms

            """;

        // When it is parsed
        var expectations = TestKinds.Loader.Parse(yaml, "redis.yaml").Expectations;

        // Then the bare forms have no window, and the mapping forms have theirs
        Assert.That(expectations.Select(e => e.Kind.Name), Is.All.EqualTo("no-lost-writes"));
        Assert.That(expectations.Select(e => e.OptionsAs<NoLostWritesOptions>().LossWindow), Is.EqualTo(new TimeSpan?[] { null, null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(250) }));
        Assert.That(expectations.Select(e => e.ToString()), Is.EqualTo(new[] { "no-lost-writes", "no-lost-writes", "no-lost-writes loss-window 1s", "no-lost-writes loss-window 250ms" }));
    }

    [Test]
    public void Parse_LinearizableBareAndWithBudget_BothFormsLoad()
    {
        // Given linearizable bare and with a budget
        var yaml = Redis + """
            expect:
              - linearizable
              - linearizable: { budget: 2m }

            """;

        // When it is parsed
        var expectations = TestKinds.Loader.Parse(yaml, "redis.yaml").Expectations;

        // Then the bare form takes the default budget (none given) and the other its own
        Assert.That(expectations.Select(e => e.OptionsAs<LinearizableOptions>().Budget), Is.EqualTo(new TimeSpan?[] { null, TimeSpan.FromMinutes(2) }));
        Assert.That(expectations.Select(e => e.ToString()), Is.EqualTo(new[] { "linearizable", "linearizable budget 2m" }));
    }

    [Test]
    public void Parse_LossWindow_GivesTheScenarioTheBuilderGives()
    {
        // Given a loss-window written in YAML, and the same written with the C# builder
        var parsed = TestKinds.Loader.Parse(Redis + "expect:\n  - no-lost-writes: { loss-window: 1s }\n", "redis.yaml");
        var built = new ScenarioBuilder("redis-everysec", TestKinds.All)
            .Duration(TimeSpan.FromSeconds(10))
            .Service("redis", s => s.Image = "recipe:redis-7.0")
            .Workload("redis-kv", "redis")
            .Expect(new NoLostWritesOptions { LossWindow = TimeSpan.FromSeconds(1) })
            .Build();

        // Then both fill the same options into the same scenario
        Assert.That(JsonSerializer.Serialize(parsed with { SourceFile = null }), Is.EqualTo(JsonSerializer.Serialize(built)));
    }
}
