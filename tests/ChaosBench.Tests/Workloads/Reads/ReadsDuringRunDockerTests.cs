using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.NUnit;

namespace ChaosBench.Tests.Workloads.Reads;

/// <summary>A real PostgreSQL killed while clients read, write and compare-and-set: the history must be linearizable.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class ReadsDuringRunDockerTests
{
    [Test]
    public async Task Run_PostgresKilledWithReadsAndCas_PassesLinearizableWithReadsAndCasInTheHistory()
    {
        // Given the scenario with 50 % reads and 10 % cas over 20 keys, a kill and a start
        var scenario = (Scenario)ScenarioCases.From("scenarios/postgresql/kill-reads.yaml").Single().Arguments[0]!;

        // When it runs
        var run = await Chaos.RunAsync(scenario, new ChaosOptions { Seed = 11 });

        // Then both expectations pass, and over a history that really read and compare-and-set during the run
        var verdicts = run.Result.Record.Verdicts;
        Assert.That(run.Result.Outcome, Is.EqualTo(Outcome.Passed), string.Join("\n", verdicts.Select(v => $"{v.Status} {v.Expectation}: {v.Summary}")));
        Assert.That(verdicts.Select(v => v.Expectation), Is.EquivalentTo(new[] { "linearizable", "no-lost-writes" }));
        var ops = run.Result.History.Ops;
        Assert.That(ops.Count(o => o is { F: KvFunctions.Read, Type: OpType.Ok }), Is.GreaterThan(20));
        Assert.That(ops.Count(o => o is { F: KvFunctions.Cas, Type: OpType.Ok }), Is.GreaterThan(0));
        Assert.That(ops.Where(o => o.F == KvFunctions.Cas && o.Type == OpType.Invoke).Select(o => o.Expected), Has.Some.Not.Null);
    }
}
