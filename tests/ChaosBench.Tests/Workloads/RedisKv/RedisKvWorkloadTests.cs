using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Workloads;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Workloads.RedisKv;

[Category("Docker")]
[CancelAfter(180_000)]
public sealed class RedisKvWorkloadTests
{
    [Test]
    public async Task Run_AgainstRedis70_RecordsOkWritesAndReadsThemBack(CancellationToken ct)
    {
        // Given a real Redis 7.0 and the workload pointed at it
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (_, address) = await ProductContainer.StartAsync(run, "redis-7.0", ["redis-cli", "ping"]);
        using var workload = RedisWorkload.Registers(new RedisKvOptions());
        var context = WorkloadRun.Context(workload, new Uri($"redis://{address}:{workload.Port}"));

        // When it writes for a second and reads every key back
        await WorkloadRun.LoadAsync(workload, context, TimeSpan.FromSeconds(1), ct);
        await workload.FinalReadAsync(context, ct);

        // Then every write was acknowledged, every key read, and nothing is lost
        Assert.That(WorkloadRun.Writes(context, OpType.Ok).Count(), Is.GreaterThan(50));
        Assert.That(WorkloadRun.Writes(context, OpType.Fail).Concat(WorkloadRun.Writes(context, OpType.Info)), Is.Empty);
        Assert.That(context.History.Ops.Where(o => o.F == "final-read" && o.Type != OpType.Invoke).Select(o => o.Type), Is.All.EqualTo(OpType.Ok));
        Assert.That(WorkloadRun.NoLostWrites(context).Status, Is.EqualTo(VerdictStatus.Passed));
    }

    [Test]
    public async Task Run_RedisKilled_RecordsWritesAsFailNeverOk(CancellationToken ct)
    {
        // Given a Redis that served the steady state and was then SIGKILLed
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (id, address) = await ProductContainer.StartAsync(run, "redis-7.0", ["redis-cli", "ping"]);
        using var workload = RedisWorkload.Registers(new RedisKvOptions());
        var context = WorkloadRun.Context(workload, new Uri($"redis://{address}:{workload.Port}"), clients: 1, rate: 20);
        await workload.CheckSteadyStateAsync(context, ct);
        await engine.Containers.KillAsync(id, ct: ct);

        // When the client writes for two seconds
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await workload.RunAsync(context, stop.Token);

        // Then no write is acknowledged, and each is a fail: no connection was ever made, so none was sent
        Assert.That(WorkloadRun.Writes(context, OpType.Invoke), Is.Not.Empty);
        Assert.That(context.History.Ops.Where(o => o.F == "write" && o.Type != OpType.Invoke).Select(o => o.Type), Is.All.EqualTo(OpType.Fail));
    }
}
