using ChaosBench.Model.History;
using ChaosBench.Workloads;

namespace ChaosBench.Tests.Workloads.Append;

/// <summary>
/// The list-append clients over a connection of a team's own, with a scripted connection (pure logic: how an error of
/// <see cref="IAppendConnection.RunAsync"/> is recorded, and whether the client keeps its connection after it).
/// </summary>
[CancelAfter(30_000)]
public sealed class AppendWorkloadTests
{
    private static readonly Uri Endpoint = new("mysql://db:3306");

    [TestCase(true, OpType.Fail, true, TestName = "RunAsync_NotAppliedTheConnectionSurvives_FailAndTheConnectionKept")]
    [TestCase(true, OpType.Fail, false, TestName = "RunAsync_NotAppliedTheConnectionDoesNotSurvive_FailAndReconnected")]
    [TestCase(false, OpType.Info, false, TestName = "RunAsync_OtherClientError_InfoAndReconnected")]
    public async Task RunAsync_TransactionThrows_RecordedAsItsOutcome(bool notApplied, OpType recorded, bool survives, CancellationToken ct)
    {
        // Given a connection every transaction of which throws, and says whether it survives that
        var opened = new List<(AppendIsolation Isolation, TimeSpan Timeout)>();
        Exception Error() => notApplied ? new NotAppliedException(Endpoint, new IOException("deadlock")) : new IOException("connection reset");
        using var workload = new AppendWorkload("Scripted", "mysql", 3306, (_, isolation, timeout, _) =>
        {
            opened.Add((isolation, timeout));
            return Task.FromResult<IAppendConnection>(new ScriptedConnection(Error, survives));
        }, e => e is IOException, new AppendOptions { Isolation = AppendIsolation.RepeatableRead });
        var context = WorkloadRun.Context(workload, Endpoint, clients: 1, rate: 50);

        // When one client runs for half a second
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromMilliseconds(500));
        await workload.RunAsync(context, stop.Token);

        // Then every transaction is recorded so, and the client reconnected after each unless the connection survived
        var completed = context.History.Ops.Where(o => o.Type != OpType.Invoke).ToList();
        Assert.That(completed, Has.Count.GreaterThan(5));
        Assert.That(completed.Select(o => o.Type), Has.All.EqualTo(recorded));
        Assert.That(completed.Select(o => o.Error), Has.All.StartWith("db: "));
        Assert.That(opened, Has.Count.EqualTo(survives ? 1 : completed.Count));
        Assert.That(opened, Has.All.EqualTo((AppendIsolation.RepeatableRead, TimeSpan.FromSeconds(3))));
    }

    [Test]
    public async Task RunAsync_TransactionsCommit_OkWithTheReadsTheConnectionReturned(CancellationToken ct)
    {
        // Given a connection that commits every transaction, each read finding the list ["1"]
        using var workload = new AppendWorkload("Scripted", "mysql", 3306, (_, _, _, _) => Task.FromResult<IAppendConnection>(new ScriptedConnection(() => null, true)), _ => false);
        var context = WorkloadRun.Context(workload, Endpoint, clients: 2, rate: 50);

        // When the clients run for a moment, then the final read
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromMilliseconds(300));
        await workload.RunAsync(context, stop.Token);
        await workload.FinalReadAsync(context, ct);

        // Then every transaction is ok as one txn op, its reads as returned, and the last reads every list
        var ok = context.History.Ops.Where(o => o.Type == OpType.Ok).ToList();
        Assert.That(ok, Is.Not.Empty);
        Assert.That(context.History.Ops.Where(o => o.Type != OpType.Invoke), Has.All.Matches<Op>(o => o.Type == OpType.Ok && o.F == TxnFunctions.Txn));
        Assert.That(ok.SelectMany(o => o.Txn!).Where(m => m.F == TxnFunctions.Read), Has.All.Matches<MicroOp>(m => m.Read!.SequenceEqual(["1"])));
        Assert.That(ok[^1].Txn!, Has.Count.EqualTo(context.Workload.Keys));
    }

    /// <summary>Throws what <paramref name="error"/> gives for each transaction, or commits it with every read finding <c>["1"]</c>.</summary>
    private sealed class ScriptedConnection(Func<Exception?> error, bool survives) : IAppendConnection
    {
        public Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

        public Task<IReadOnlyList<MicroOp>> RunAsync(IReadOnlyList<MicroOp> mops, CancellationToken ct) =>
            error() is { } e
                ? Task.FromException<IReadOnlyList<MicroOp>>(e)
                : Task.FromResult<IReadOnlyList<MicroOp>>([.. mops.Select(m => m.F == TxnFunctions.Read ? MicroOp.ReadOf(m.Key, ["1"]) : m)]);

        public bool Survives(Exception error) => survives;

        public void Dispose()
        {
            // Nothing to close.
        }
    }
}
