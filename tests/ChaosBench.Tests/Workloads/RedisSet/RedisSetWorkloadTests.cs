using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Workloads.RedisSet;

[Category("Docker")]
[CancelAfter(180_000)]
public sealed class RedisSetWorkloadTests
{
    [Test]
    public async Task Run_AgainstRedis70_RecordsAddsAndReadsTheWholeSetBack(CancellationToken ct)
    {
        // Given a real Redis 7.0 and the set workload pointed at it
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (_, address) = await ProductContainer.StartAsync(run, "redis-7.0", ["redis-cli", "ping"]);
        using var workload = RedisWorkload.Set();
        var context = WorkloadRun.Context(workload, new Uri($"redis://{address}:{workload.Port}"));

        // When it adds for a second and reads the set back
        await WorkloadRun.LoadAsync(workload, context, TimeSpan.FromSeconds(1), ct);
        await workload.FinalReadAsync(context, ct);

        // Then every add was acknowledged, one final read holds every element, and the checker agrees
        var adds = context.History.Ops.Where(o => o.F == SetFunctions.Add && o.Type == OpType.Ok).Select(o => o.Value!).ToList();
        var final = context.History.Ops.Single(o => o.F == SetFunctions.FinalRead && o.Type == OpType.Ok);
        Assert.That(adds, Has.Count.GreaterThan(50));
        Assert.That(SetFunctions.Split(final.Value), Is.EquivalentTo(adds));
        Assert.That(WorkloadRun.NoLostWrites(context).Status, Is.EqualTo(VerdictStatus.Passed));
    }
}
