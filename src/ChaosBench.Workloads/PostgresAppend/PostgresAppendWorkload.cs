using System.Diagnostics;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;
using Npgsql;

namespace ChaosBench.Workloads.PostgresAppend;

/// <summary>
/// Clients running list-append transactions (<see cref="AppendMix"/>) on PostgreSQL at one isolation level, each at its
/// share of the rate, each transaction one <see cref="TxnFunctions.Txn"/> op with its micro-operations; after
/// recovery one transaction reads every list. The isolation-level expectations judge the history.
/// </summary>
/// <remarks>
/// How errors are recorded: anything before COMMIT is sent (no connection, a statement failing, a serialization
/// failure, the connection breaking under it) and an ERROR answering COMMIT are <c>fail</c>, since the transaction
/// rolled back. Any other error from COMMIT, a timeout or a broken connection included, is <c>info</c>: the server may
/// have committed and lost only the answer.
/// </remarks>
internal sealed class PostgresAppendWorkload(PostgresIsolation isolation) : IWorkload
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>A list of its own, which no transaction of the history touches.</summary>
    private const string SteadyStateKey = "chaosbench:steady-state";

    public string Scheme => "postgresql";

    public int Port => 5432;

    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) =>
        SteadyState.CheckAsync(context, "PostgreSQL", "a transaction", IsClientError, async (endpoint, attempt, token) =>
        {
            using var connection = await ConnectAsync(endpoint, token);
            await connection.PrepareAsync(token);
            var element = $"{endpoint.Host}-{attempt}";
            var read = await connection.RunAsync([MicroOp.AppendOf(SteadyStateKey, element), MicroOp.ReadOf(SteadyStateKey)], token);
            if (read[1].Read is not { } elements || !elements.Contains(element))
            {
                throw new IOException($"list {SteadyStateKey} read back without {element}");
            }
        }, ct);

    public Task RunAsync(WorkloadContext context, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, context.Workload.Clients).Select(process => Task.Run(() => ClientAsync(context, process, stop), CancellationToken.None)));

    private async Task ClientAsync(WorkloadContext context, int process, CancellationToken stop)
    {
        var random = SeededRandom.For(context.Seed, $"client-{process}");
        var mix = new AppendMix(random, process, context.Workload.Clients, context.Workload.Keys);
        var interval = TimeSpan.FromSeconds(context.Workload.Clients / context.Workload.Rate);
        var endpoint = process;
        var next = context.Clock() + interval * random.NextDouble();
        using var slot = new ConnectionSlot<AppendConnection>(ConnectAsync);
        while (!stop.IsCancellationRequested)
        {
            await Pacing.DelayUntilAsync(context, next, stop);
            if (stop.IsCancellationRequested)
            {
                break;
            }

            next += interval;
            var endpoints = context.Endpoints();
            var target = endpoints[endpoint % endpoints.Count];

            // A transaction in flight when the run stops still completes: its outcome belongs in the history.
            if (await TryTransactionAsync(context, process, slot, target, mix.Next(), CancellationToken.None) == Attempt.Broken)
            {
                endpoint++;
            }
        }
    }

    /// <summary>Reads every list once, retried through the members for a while, as the history's last transaction.</summary>
    public async Task FinalReadAsync(WorkloadContext context, CancellationToken ct)
    {
        using var slot = new ConnectionSlot<AppendConnection>(ConnectAsync);
        var reads = AppendMix.ReadAll(context.Workload.Keys);
        for (var (attempt, endpoint) = (Stopwatch.StartNew(), 0); attempt.Elapsed < SteadyState.FinalReadWithin; endpoint++)
        {
            var endpoints = context.Endpoints();
            if (await TryTransactionAsync(context, context.Workload.Clients, slot, endpoints[endpoint % endpoints.Count], reads, ct) == Attempt.Committed)
            {
                return;
            }

            await Task.Delay(SteadyState.RetryAfter, ct);
        }
    }

    /// <summary>Runs one transaction and records it; after any error but one the server answered, the connection is dropped.</summary>
    private static async Task<Attempt> TryTransactionAsync(WorkloadContext context, int process, ConnectionSlot<AppendConnection> slot, Uri target, IReadOnlyList<MicroOp> mops, CancellationToken ct)
    {
        context.History.Append(context.Clock(), OpType.Invoke, process, mops);
        try
        {
            var connection = await slot.ToAsync(target, ct);
            var done = await connection.RunAsync(mops, ct);
            context.History.Append(context.Clock(), OpType.Ok, process, done);
            return Attempt.Committed;
        }
        catch (Exception e) when (IsClientError(e))
        {
            context.History.Append(context.Clock(), OpOutcome.Of(e), process, mops, $"{target.Host}: {OpOutcome.Describe(e)}");
            if (AppendConnection.Survives(e))
            {
                return Attempt.RolledBack;
            }

            slot.Drop();
            return Attempt.Broken;
        }
    }

    private Task<AppendConnection> ConnectAsync(Uri endpoint, CancellationToken ct) => AppendConnection.OpenAsync(endpoint, isolation, Timeout, ct);

    private static bool IsClientError(Exception e) => e is NotAppliedException or NpgsqlException or IOException or TimeoutException;

    public void Dispose()
    {
        // Every connection belongs to a client and is closed when the client ends.
    }
}

/// <summary>How a transaction attempt ended, for the client: committed, rolled back on a connection still fit to use, or with the connection dropped.</summary>
internal enum Attempt
{
    Committed,
    RolledBack,
    Broken,
}
