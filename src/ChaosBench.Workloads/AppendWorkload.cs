using System.Diagnostics;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.Workloads;

/// <summary>
/// Elle's list-append workload over a connection of your own: clients running transactions of 1 to 4 appends and
/// reads on the workload's <c>keys</c> (lists <c>0</c>..<c>keys-1</c>) at one isolation level, each at its share of the
/// rate, each transaction one <see cref="TxnFunctions.Txn"/> op with its micro-operations; after recovery one
/// transaction reads every list. The isolation-level expectations (<c>serializable</c>...) judge the history. Write
/// the product's side as an <see cref="IAppendConnection"/> and return this from your workload kind's
/// <see cref="IWorkloadFactory.Create"/>, as <c>postgresql-append</c> does.
/// </summary>
/// <remarks>
/// How errors are recorded: a <see cref="NotAppliedException"/> is <c>fail</c> (the transaction rolled back); any other
/// exception <paramref name="isClientError"/> accepts is <c>info</c> (the product may have committed it); an exception
/// it does not accept is a bug of the connection and ends the run as errored.
/// </remarks>
/// <param name="product">The product's name for messages, e.g. <c>MariaDB</c>.</param>
/// <param name="scheme">The scheme of the endpoints the connections are handed, e.g. <c>mysql</c>.</param>
/// <param name="port">The port clients connect to on each member.</param>
/// <param name="open">Opens a connection to one endpoint (<c>scheme://member:port</c>) whose transactions run at the
/// isolation level given, every connect and statement within the timeout given; a failure to connect is a
/// <see cref="NotAppliedException"/>.</param>
/// <param name="isClientError">The errors of the product's client a workload records.</param>
/// <param name="options">The isolation level; serializable when null.</param>
public sealed class AppendWorkload(
    string product,
    string scheme,
    int port,
    Func<Uri, AppendIsolation, TimeSpan, CancellationToken, Task<IAppendConnection>> open,
    Func<Exception, bool> isClientError,
    AppendOptions? options = null) : IWorkload
{
    /// <summary>How long a connect or a statement may take before it is given up (a timeout from COMMIT is <c>info</c>).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>A list of its own, which no transaction of the history touches.</summary>
    private const string SteadyStateKey = "chaosbench:steady-state";

    private readonly AppendIsolation _isolation = options?.Isolation ?? AppendIsolation.Serializable;

    public string Scheme => scheme;

    public int Port => port;

    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) =>
        SteadyState.CheckAsync(context, product, "a transaction", IsClientError, async (endpoint, attempt, token) =>
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
        using var slot = new ConnectionSlot<IAppendConnection>(ConnectAsync);
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
        using var slot = new ConnectionSlot<IAppendConnection>(ConnectAsync);
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

    /// <summary>Runs one transaction and records it; after an error the connection does not survive (<see cref="IAppendConnection.Survives"/>), it is dropped.</summary>
    private async Task<Attempt> TryTransactionAsync(WorkloadContext context, int process, ConnectionSlot<IAppendConnection> slot, Uri target, IReadOnlyList<MicroOp> mops, CancellationToken ct)
    {
        context.History.Append(context.Clock(), OpType.Invoke, process, mops);
        IAppendConnection? connection = null;
        try
        {
            connection = await slot.ToAsync(target, ct);
            var done = await connection.RunAsync(mops, ct);
            context.History.Append(context.Clock(), OpType.Ok, process, done);
            return Attempt.Committed;
        }
        catch (Exception e) when (IsClientError(e))
        {
            context.History.Append(context.Clock(), OpOutcome.Of(e), process, mops, $"{target.Host}: {OpOutcome.Describe(e)}");
            if (connection is not null && connection.Survives(e))
            {
                return Attempt.RolledBack;
            }

            slot.Drop();
            return Attempt.Broken;
        }
    }

    private Task<IAppendConnection> ConnectAsync(Uri endpoint, CancellationToken ct) => open(endpoint, _isolation, Timeout, ct);

    private bool IsClientError(Exception e) => e is NotAppliedException || isClientError(e);

    public void Dispose()
    {
        // Every connection belongs to a client and is closed when the client ends.
    }
}
