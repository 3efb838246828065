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
/// <param name="mix">The shares of reads and compare-and-sets during the run (registers only; a cas needs an <see cref="ICasConnection"/>); writes only unless given.</param>
internal sealed class KvClients<T>(string product, Func<Uri, CancellationToken, Task<T>> connect, Func<Exception, bool> isClientError, KvShape? shape = null, KvMix? mix = null)
    where T : class, IKvConnection
{
    private readonly KvShape _shape = shape ?? KvShape.Registers;
    private readonly KvMix _mix = mix ?? KvMix.WritesOnly;

    private const string SteadyStateKey = "chaosbench:steady-state";

    /// <summary>The error of a cas that did not apply because the key held another value.</summary>
    private const string CasMismatch = "cas: the key held another value";

    /// <summary>Through every endpoint: prepare, write, read the write back; retried for a while, then <see cref="SteadyStateException"/>.</summary>
    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) =>
        SteadyState.CheckAsync(context, product, "a write and a read", isClientError, async (endpoint, attempt, token) =>
        {
            // A fresh key per attempt: a write that landed before its read-back failed must not be seen twice (lists).
            var key = $"{SteadyStateKey}-{attempt}";
            using var connection = await connect(endpoint, token);
            await connection.PrepareAsync(token);
            await connection.WriteAsync(key, endpoint.Host, token);
            var read = await connection.ReadAsync(key, token);
            if (read != endpoint.Host)
            {
                throw new IOException($"{key} read back as '{read}', not '{endpoint.Host}'");
            }
        }, ct);

    public Task RunAsync(WorkloadContext context, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, context.Workload.Clients).Select(process => Task.Run(() => ClientAsync(context, process, stop), CancellationToken.None)));

    private async Task ClientAsync(WorkloadContext context, int process, CancellationToken stop)
    {
        var random = SeededRandom.For(context.Seed, $"client-{process}");
        var interval = TimeSpan.FromSeconds(context.Workload.Clients / context.Workload.Rate);
        var endpoint = process;
        var next = context.Clock() + interval * random.NextDouble();
        using var writeSlot = new ConnectionSlot<T>(connect);

        // Reads sent elsewhere keep their own connection, so alternating with writes does not reconnect each time.
        using var readSlot = new ConnectionSlot<T>(connect);

        // The value this client last saw in each key (null: absent), which its next cas on the key expects.
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var seq = 0; !stop.IsCancellationRequested; seq++)
        {
            await Pacing.DelayUntilAsync(context, next, stop);
            if (stop.IsCancellationRequested)
            {
                break;
            }

            next += interval;
            var step = _mix.Next(random);
            var elsewhere = step == KvStep.Read && _mix.ReadsFrom is not null;
            var endpoints = elsewhere ? context.EndpointsOf(_mix.ReadsFrom!) : context.Endpoints();
            if (endpoints.Count == 0)
            {
                throw new InvalidOperationException($"reads-from {string.Join(", ", _mix.ReadsFrom!)} names no member running now");
            }

            var target = endpoints[endpoint % endpoints.Count];
            var slot = elsewhere ? readSlot : writeSlot;
            var key = _shape.Key(random, context.Workload);
            var value = $"{process}-{seq}";
            var op = step switch
            {
                KvStep.Read => new Planned(KvFunctions.Read, null, null),
                KvStep.Cas => new Planned(KvFunctions.Cas, value, seen.GetValueOrDefault(key)),
                _ => new Planned(_shape.Write, value, null),
            };
            context.History.Append(context.Clock(), OpType.Invoke, process, op.F, key, op.Value, expected: op.Expected);
            try
            {
                // An operation in flight when the run stops still completes: its outcome belongs in the history.
                var connection = await slot.ToAsync(target, CancellationToken.None);
                var (outcome, result) = await ApplyAsync(connection, step, key, op, CancellationToken.None);
                context.History.Append(context.Clock(), outcome, process, op.F, key, result, outcome == OpType.Fail ? CasMismatch : null, op.Expected);
                if (outcome == OpType.Ok)
                {
                    seen[key] = result;
                }
            }
            catch (Exception e) when (isClientError(e))
            {
                context.History.Append(context.Clock(), OpOutcome.Of(e), process, op.F, key, op.Value, $"{target.Host}: {OpOutcome.Describe(e)}", op.Expected);
                slot.Drop();
                endpoint++;
            }
        }
    }

    /// <summary>Performs one operation: <c>ok</c> with the value now known to be the key's, or <c>fail</c> for a cas whose compare did not hold.</summary>
    private static async Task<(OpType Outcome, string? Value)> ApplyAsync(T connection, KvStep step, string key, Planned op, CancellationToken ct)
    {
        switch (step)
        {
            case KvStep.Read:
                return (OpType.Ok, await connection.ReadAsync(key, ct));
            case KvStep.Cas:
                var cas = connection as ICasConnection ?? throw new InvalidOperationException($"{typeof(T).Name} cannot compare-and-set");
                return await cas.CasAsync(key, op.Expected, op.Value!, ct) ? (OpType.Ok, op.Value) : (OpType.Fail, op.Value);
            default:
                await connection.WriteAsync(key, op.Value!, ct);
                return (OpType.Ok, op.Value);
        }
    }

    /// <summary>
    /// Reads every key written, in order, each retried through the members. Once the members have answered nothing
    /// for <see cref="SteadyState.FinalReadWithin"/>, the keys left are not read (the checker counts them as not read
    /// back): a product that stays down would otherwise hold the run that long for every key.
    /// </summary>
    public async Task FinalReadAsync(WorkloadContext context, CancellationToken ct)
    {
        var process = context.Workload.Clients;
        var keys = context.History.Ops.Where(o => o.F is var f && (f == _shape.Write || f == KvFunctions.Cas) && o.Type == OpType.Invoke).Select(o => o.Key!).Distinct().Order(StringComparer.Ordinal);
        var endpoint = 0;
        var silent = Stopwatch.StartNew();
        using var slot = new ConnectionSlot<T>(connect);
        foreach (var key in keys)
        {
            for (; ; endpoint++)
            {
                var endpoints = context.Endpoints();
                var target = endpoints[endpoint % endpoints.Count];
                context.History.Append(context.Clock(), OpType.Invoke, process, _shape.FinalRead, key, null);
                try
                {
                    var connection = await slot.ToAsync(target, ct);
                    var value = await connection.ReadAsync(key, ct);
                    context.History.Append(context.Clock(), OpType.Ok, process, _shape.FinalRead, key, value);
                    silent.Restart();
                    break;
                }
                catch (Exception e) when (isClientError(e) && !ct.IsCancellationRequested)
                {
                    context.History.Append(context.Clock(), OpType.Fail, process, _shape.FinalRead, key, null, $"{target.Host}: {OpOutcome.Describe(e)}");
                    slot.Drop();
                    if (silent.Elapsed > SteadyState.FinalReadWithin)
                    {
                        return;
                    }

                    await Task.Delay(SteadyState.RetryAfter, ct);
                }
            }
        }
    }
}

/// <summary>An operation before it is invoked: its function, the value it writes, and a cas's expected value.</summary>
internal readonly record struct Planned(string F, string? Value, string? Expected);
