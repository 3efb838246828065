using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Workloads;
using ChaosBench.Workloads.PostgresKv;

namespace ChaosBench.Tests.Workloads.PostgresKv;

[Category("Docker")]
[CancelAfter(180_000)]
public sealed class PostgresKvWorkloadTests
{
    [Test]
    public async Task Run_AgainstPostgresql15_RecordsOkWritesAndReadsThemBack(CancellationToken ct)
    {
        // Given a real PostgreSQL 15 and the workload pointed at it
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (id, address) = await ProductContainer.StartAsync(run, "postgresql-15", ["pg_isready", "-U", "postgres"]);
        using var workload = PostgresKvWorkload.Create(new KvOptions());
        var context = WorkloadRun.Context(workload, new Uri($"postgresql://{address}:{workload.Port}"));

        // When it writes for a second and reads every key back
        await WorkloadRun.LoadAsync(workload, context, TimeSpan.FromSeconds(1), ct);
        await workload.FinalReadAsync(context, ct);

        // Then every write was committed, every key read, nothing is lost, and the table holds what was read
        var finals = context.History.Ops.Where(o => o.F == "final-read" && o.Type == OpType.Ok).ToList();
        Assert.That(WorkloadRun.Writes(context, OpType.Ok).Count(), Is.GreaterThan(50));
        Assert.That(WorkloadRun.Writes(context, OpType.Fail).Concat(WorkloadRun.Writes(context, OpType.Info)), Is.Empty);
        Assert.That(WorkloadRun.NoLostWrites(context).Status, Is.EqualTo(VerdictStatus.Passed));
        var count = await engine.Containers.ExecAsync(id, ["psql", "-U", "postgres", "-tAc", "SELECT count(*) FROM chaosbench_kv WHERE k LIKE 'k%'"], ct);
        Assert.That(count.Stdout.Trim(), Is.EqualTo(finals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task FinalRead_TableDropped_ReadsEveryKeyAsMissingAndTheCheckFails(CancellationToken ct)
    {
        // Given committed writes, then the table dropped behind the workload's back
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var (id, address) = await ProductContainer.StartAsync(run, "postgresql-15", ["pg_isready", "-U", "postgres"]);
        using var workload = PostgresKvWorkload.Create(new KvOptions());
        var context = WorkloadRun.Context(workload, new Uri($"postgresql://{address}:{workload.Port}"));
        await WorkloadRun.LoadAsync(workload, context, TimeSpan.FromMilliseconds(500), ct);
        var drop = await engine.Containers.ExecAsync(id, ["psql", "-U", "postgres", "-c", "DROP TABLE chaosbench_kv"], ct);
        Assert.That(drop.Succeeded, drop.Stderr);

        // When every key is read back
        await workload.FinalReadAsync(context, ct);

        // Then each read succeeds with no value, and no-lost-writes reports the writes lost
        var finals = context.History.Ops.Where(o => o.F == "final-read" && o.Type != OpType.Invoke).ToList();
        Assert.That(finals, Is.Not.Empty);
        Assert.That(finals, Has.All.Matches<Op>(o => o.Type == OpType.Ok && o.Value == null));
        Assert.That(WorkloadRun.NoLostWrites(context).Status, Is.EqualTo(VerdictStatus.Failed));
    }
}
