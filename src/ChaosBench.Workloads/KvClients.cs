using System.Diagnostics;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.Workloads;

/// <summary>
/// The clients of a key-value workload over connections: each writes unique values to seed-chosen keys at its
/// share of the rate, keeps one connection, and after an error drops it and moves to the next member; then
/// every written key is read back. Every operation goes into the history under the names of <paramref name="shape"/>.
/// </summary>
/// <param name="product">The product's name for messages, e.g. <c>Redis</c>.</param>
/// <param name="isClientError">The errors a client records (everything else is a bug and is thrown).</param>
/// <param name="shape">Registers (<c>write</c>, <c>final-read</c>) unless given.</param>
internal sealed class KvClients<T>(string product, Func<Uri, CancellationToken, Task<T>> connect, Func<Exception, bool> isClientError, KvShape? shape = null)
    where T : class, IKvConnection
{
    private readonly KvShape _shape = shape ?? KvShape.Registers;

    private const string SteadyStateKey = "chaosbench:steady-state";
    private static readonly TimeSpan SteadyStateWithin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FinalReadWithin = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(100);

    /// <summary>Through every endpoint: prepare, write, read the write back; retried for a while, then <see cref="SteadyStateException"/>.</summary>
    public async Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var attempt = 0;
        foreach (var endpoint in context.Endpoints())
        {
            while (true)
            {
                // A fresh key per attempt: a write that landed before its read-back failed must not be seen twice (lists).
                var key = $"{SteadyStateKey}-{attempt++}";
                try
                {
                    using var connection = await connect(endpoint, ct);
                    await connection.PrepareAsync(ct);
                    await connection.WriteAsync(key, endpoint.Host, ct);
                    var read = await connection.ReadAsync(key, ct);
                    if (read != endpoint.Host)
                    {
                        throw new IOException($"{key} read back as '{read}', not '{endpoint.Host}'");
                    }

                    break;
                }
                catch (Exception e) when (isClientError(e) && !ct.IsCancellationRequested)
                {
                    if (clock.Elapsed > SteadyStateWithin)
                    {
                        throw new SteadyStateException($"{product} at {endpoint} did not serve a write and a read within {SteadyStateWithin.TotalSeconds:0}s, before any fault: {OpOutcome.Describe(e)}", e);
                    }

                    await Task.Delay(RetryAfter, ct);
                }
            }
        }
    }

    public Task RunAsync(WorkloadContext context, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, context.Workload.Clients).Select(process => Task.Run(() => ClientAsync(context, process, stop), CancellationToken.None)));

    private async Task ClientAsync(WorkloadContext context, int process, CancellationToken stop)
    {
        var random = SeededRandom.For(context.Seed, $"client-{process}");
        var interval = TimeSpan.FromSeconds(context.Workload.Clients / context.Workload.Rate);
        var endpoint = process;
        var next = context.Clock() + interval * random.NextDouble();
        using var slot = new ConnectionSlot<T>(connect);
        for (var seq = 0; !stop.IsCancellationRequested; seq++)
        {
            await Pacing.DelayUntilAsync(context, next, stop);
            if (stop.IsCancellationRequested)
            {
                break;
            }

            next += interval;
            var endpoints = context.Endpoints();
            var target = endpoints[endpoint % endpoints.Count];
            var key = _shape.Key(random, context.Workload);
            var value = $"{process}-{seq}";
            context.History.Append(context.Clock(), OpType.Invoke, process, _shape.Write, key, value);
            try
            {
                // An operation in flight when the run stops still completes: its outcome belongs in the history.
                var connection = await slot.ToAsync(target, CancellationToken.None);
                await connection.WriteAsync(key, value, CancellationToken.None);
                context.History.Append(context.Clock(), OpType.Ok, process, _shape.Write, key, value);
            }
            catch (Exception e) when (isClientError(e))
            {
                context.History.Append(context.Clock(), OpOutcome.Of(e), process, _shape.Write, key, value, $"{target.Host}: {OpOutcome.Describe(e)}");
                slot.Drop();
                endpoint++;
            }
        }
    }

    /// <summary>Reads every key written, in order, each retried through the members for a while.</summary>
    public async Task FinalReadAsync(WorkloadContext context, CancellationToken ct)
    {
        var process = context.Workload.Clients;
        var keys = context.History.Ops.Where(o => o.F == _shape.Write && o.Type == OpType.Invoke).Select(o => o.Key!).Distinct().Order(StringComparer.Ordinal);
        var endpoint = 0;
        using var slot = new ConnectionSlot<T>(connect);
        foreach (var key in keys)
        {
            for (var attempt = Stopwatch.StartNew(); ; endpoint++)
            {
                var endpoints = context.Endpoints();
                var target = endpoints[endpoint % endpoints.Count];
                context.History.Append(context.Clock(), OpType.Invoke, process, _shape.FinalRead, key, null);
                try
                {
                    var connection = await slot.ToAsync(target, ct);
                    var value = await connection.ReadAsync(key, ct);
                    context.History.Append(context.Clock(), OpType.Ok, process, _shape.FinalRead, key, value);
                    break;
                }
                catch (Exception e) when (isClientError(e) && !ct.IsCancellationRequested)
                {
                    context.History.Append(context.Clock(), OpType.Fail, process, _shape.FinalRead, key, null, $"{target.Host}: {OpOutcome.Describe(e)}");
                    slot.Drop();
                    if (attempt.Elapsed > FinalReadWithin)
                    {
                        break;
                    }

                    await Task.Delay(RetryAfter, ct);
                }
            }
        }
    }
}
