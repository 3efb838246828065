using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Workloads.RedisList;

[Category("Docker")]
[CancelAfter(180_000)]
public sealed class RedisListWorkloadTests
{
    [Test]
    public async Task Run_AgainstRedis70_RecordsAppendsAndReadsTheWholeListBackInOrder(CancellationToken ct)
    {
        // Given a real Redis 7.0 and the list workload pointed at it
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (_, address) = await ProductContainer.StartAsync(run, "redis-7.0", ["redis-cli", "ping"]);
        using var workload = RedisWorkload.List();
        var context = WorkloadRun.Context(workload, new Uri($"redis://{address}:{workload.Port}"));

        // When it appends for a second and reads the list back
        await WorkloadRun.LoadAsync(workload, context, TimeSpan.FromSeconds(1), ct);
        await workload.FinalReadAsync(context, ct);

        // Then every append was acknowledged, one final read holds every element, and the checker agrees
        var appends = context.History.Ops.Where(o => o.F == ListFunctions.Append && o.Type == OpType.Ok).Select(o => o.Value!).ToList();
        var final = context.History.Ops.Single(o => o.F == ListFunctions.FinalRead && o.Type == OpType.Ok);
        Assert.That(appends, Has.Count.GreaterThan(50));
        Assert.That(ListFunctions.Split(final.Value), Is.EquivalentTo(appends));
        Assert.That(WorkloadRun.NoLostWrites(context).Status, Is.EqualTo(VerdictStatus.Passed));
    }
}
