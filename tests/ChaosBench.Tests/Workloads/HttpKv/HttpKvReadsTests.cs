using ChaosBench.Checkers;
using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Workloads.HttpKv;

namespace ChaosBench.Tests.Workloads.HttpKv;

/// <summary>http-kv reads through its read template during the run and compare-and-sets through its cas template, with the outcome rules of writes.</summary>
[CancelAfter(30_000)]
public sealed class HttpKvReadsTests
{
    private static readonly TimeSpan Load = TimeSpan.FromSeconds(1.5);

    private static readonly HttpOptions Api = new()
    {
        Write = new HttpWriteOptions { Method = "PUT", Path = "/kv/{key}", Body = "{value}" },
        Read = new HttpReadOptions { Method = "GET", Path = "/kv/{key}", Missing = [404] },
        Cas = new HttpCasOptions { Method = "PUT", Path = "/kv/{key}?if={expected}", Body = "{value}", Ok = [200], Mismatch = [412] },
    };

    [Test]
    public async Task RunAsync_ReadsAndCasShares_RecordsReadValuesAndCasOutcomesAndIsLinearizable(CancellationToken ct)
    {
        // Given a linearizable register server and a workload of 40 % reads and 30 % cas
        using var server = new RegisterServer();
        using var workload = new HttpKvWorkload(Api, new HttpKvOptions { Reads = 0.4, Cas = 0.3 });
        var context = WorkloadRun.Context(workload, server.Endpoint, clients: 3, rate: 200);

        // When it runs
        await WorkloadRun.LoadAsync(workload, context, Load, ct);

        // Then reads came back ok with the values written, cas both set (ok) and found another value (fail), and the history is linearizable
        var ops = context.History.Ops;
        Assert.That(ops.Where(o => o.F == "read" && o.Type == OpType.Ok && o.Value is not null), Is.Not.Empty);
        Assert.That(ops.Where(o => o.F == "cas" && o.Type == OpType.Ok), Is.Not.Empty);
        Assert.That(ops.Where(o => o.F == "cas" && o.Type == OpType.Fail), Is.Not.Empty);
        Assert.That(ops.Where(o => o.Type == OpType.Info), Is.Empty);
        var verdict = Linearizable(context.History);
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
    }

    [Test]
    public async Task RunAsync_ServerAnsweringStaleReads_LinearizableFailsOnARead(CancellationToken ct)
    {
        // Given a server whose reads answer each key's first value, and a workload that reads during the run
        using var server = new RegisterServer(stale: true);
        using var workload = new HttpKvWorkload(Api, new HttpKvOptions { Reads = 0.5 });
        var context = WorkloadRun.Context(workload, server.Endpoint, clients: 3, rate: 200);

        // When it runs
        await WorkloadRun.LoadAsync(workload, context, Load, ct);

        // Then linearizable names a stale read
        var verdict = Linearizable(context.History);
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed), verdict.Summary);
        Assert.That(verdict.Summary, Does.Match(@"p\d read → "));
    }

    [Test]
    public async Task RunAsync_CasAnsweredAnUnlistedStatus_IsIndeterminate(CancellationToken ct)
    {
        // Given a server answering every cas with 500, neither ok nor mismatch
        using var server = new RegisterServer(casStatus: 500);
        using var workload = new HttpKvWorkload(Api, new HttpKvOptions { Cas = 0.5 });
        var context = WorkloadRun.Context(workload, server.Endpoint, clients: 2, rate: 100);

        // When it runs
        await WorkloadRun.LoadAsync(workload, context, Load, ct);

        // Then each cas is info (it may have been applied), with the status in its error, as an unlisted write status is
        var cas = context.History.Ops.Where(o => o.F == "cas" && o.Type != OpType.Invoke).ToList();
        Assert.That(cas, Is.Not.Empty);
        Assert.That(cas.Select(o => o.Type), Is.All.EqualTo(OpType.Info));
        Assert.That(cas.Select(o => o.Error), Is.All.Contain("answered 500"));
    }

    [Test]
    public async Task RunAsync_NoShares_WritesOnlyAsBefore(CancellationToken ct)
    {
        // Given the workload without reads or cas
        using var server = new RegisterServer();
        using var workload = new HttpKvWorkload(Api);
        var context = WorkloadRun.Context(workload, server.Endpoint, clients: 2, rate: 100);

        // When it runs, then every operation during the run is a write
        await WorkloadRun.LoadAsync(workload, context, TimeSpan.FromSeconds(0.5), ct);
        Assert.That(context.History.Ops.Select(o => o.F).Distinct(), Is.EqualTo(new[] { "write" }));
    }

    private static Verdict Linearizable(History history) =>
        Judging.Judge(new Expectation(TestKinds.Expectation("linearizable"), new LinearizableOptions()), new CheckInput(history, []));
}
