using System.Diagnostics;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;

namespace ChaosBench.Workloads.EtcdKv;

/// <summary>
/// Clients writing unique values to seed-chosen keys through etcd's JSON gateway, each at its share of the
/// rate; a client whose operation fails moves to the next member.
/// </summary>
public sealed class EtcdKvWorkload : IWorkload
{
    /// <summary>Longer than an etcd leader election, shorter than a stuck cluster.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan SteadyStateWithin = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = RequestTimeout };
    private readonly EtcdClient _etcd;

    public EtcdKvWorkload()
    {
        _etcd = new EtcdClient(_http);
    }

    public string Kind => Model.Options.WorkloadKinds.EtcdKv;

    public string Scheme => "http";

    public int Port => 2379;

    public async Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        foreach (var endpoint in context.Endpoints())
        {
            while (true)
            {
                try
                {
                    await _etcd.PutAsync(endpoint, "chaosbench/steady-state", endpoint.Host, ct);
                    await _etcd.GetAsync(endpoint, "chaosbench/steady-state", ct);
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
                {
                    if (clock.Elapsed > SteadyStateWithin)
                    {
                        throw new SteadyStateException($"etcd at {endpoint} did not serve a write and a read within {SteadyStateWithin.TotalSeconds:0}s, before any fault: {OpOutcome.Describe(e)}", e);
                    }

                    await Task.Delay(100, ct);
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
            var key = $"k{random.Next(context.Workload.Keys):D6}";
            var value = $"{process}-{seq}";
            context.History.Append(context.Clock(), OpType.Invoke, process, "write", key, value);
            try
            {
                await _etcd.PutAsync(target, key, value, CancellationToken.None);
                context.History.Append(context.Clock(), OpType.Ok, process, "write", key, value);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                context.History.Append(context.Clock(), OpOutcome.Of(e), process, "write", key, value, $"{target.Host}: {OpOutcome.Describe(e)}");
                endpoint++;
            }
        }
    }

    public async Task FinalReadAsync(WorkloadContext context, CancellationToken ct)
    {
        var process = context.Workload.Clients;
        var keys = context.History.Ops.Where(o => o.F == "write" && o.Type == OpType.Invoke).Select(o => o.Key!).Distinct().Order(StringComparer.Ordinal);
        var endpoint = 0;
        foreach (var key in keys)
        {
            for (var attempt = Stopwatch.StartNew(); ; endpoint++)
            {
                var endpoints = context.Endpoints();
                var target = endpoints[endpoint % endpoints.Count];
                context.History.Append(context.Clock(), OpType.Invoke, process, "final-read", key, null);
                try
                {
                    var value = await _etcd.GetAsync(target, key, ct);
                    context.History.Append(context.Clock(), OpType.Ok, process, "final-read", key, value);
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
                {
                    context.History.Append(context.Clock(), OpType.Fail, process, "final-read", key, null, $"{target.Host}: {OpOutcome.Describe(e)}");
                    if (attempt.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        break;
                    }
                }
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
