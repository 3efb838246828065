using Docker.DotNet;
using Docker.DotNet.Models;
using Version = System.Version;
using Polly;
using Polly.Timeout;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// Every call to the engine goes through here, on a Docker.DotNet client speaking the negotiated API version
/// (<see cref="ApiVersions"/>). Short calls are timed and retried by <see cref="EngineResilience"/>; calls that last as
/// long as something else (wait, streams, uploads) are watched: when no answer comes for a while, the engine is
/// pinged, and a frozen engine ends the call naming it. Once a call found the engine frozen, the next ones fail at
/// once (after one more ping) instead of each waiting out its timeout, so a run on a hung engine ends in bounded time.
/// The library's failures become the harness's typed exceptions (EngineCalls.Errors.cs).
/// </summary>
internal sealed partial class EngineCalls : IDisposable
{
    private readonly EngineResilience _resilience;
    private readonly Func<Version?, DockerClient> _create;
    private readonly DockerClient _unversioned;
    private readonly Lock _gate = new();
    private Task<(DockerClient Client, Version Api)>? _negotiated;
    private Hang? _hang;

    /// <param name="endpoint">Where the engine is, for messages.</param>
    /// <param name="create">Makes a client speaking the given API version (unversioned paths when null).</param>
    public EngineCalls(Uri endpoint, EngineCallOptions options, Func<Version?, DockerClient> create)
    {
        Endpoint = endpoint;
        _resilience = new EngineResilience(options);
        _create = create;
        _unversioned = create(null);
    }

    public Uri Endpoint { get; }

    public EngineCallOptions Options => _resilience.Options;

    /// <summary>A short call: timed, and retried when that cannot act twice.</summary>
    public async Task<T> RunAsync<T>(string operation, bool idempotent, Func<DockerClient, CancellationToken, Task<T>> call, CancellationToken ct, TimeSpan waits = default)
    {
        var client = await ClientAsync(ct);
        return await TimedAsync(operation, idempotent, waits, c => call(client, c), ct);
    }

    public Task RunAsync(string operation, bool idempotent, Func<DockerClient, CancellationToken, Task> call, CancellationToken ct, TimeSpan waits = default) =>
        RunAsync(operation, idempotent, async (client, c) =>
        {
            await call(client, c);
            return true;
        }, ct, waits);

    /// <summary>A call lasting as long as what it follows (a wait, an upload, a progress stream): watched, not timed.</summary>
    public async Task<T> WatchedAsync<T>(string operation, bool idempotent, Func<DockerClient, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var client = await ClientAsync(ct);
        await GateAsync(operation, ct);
        var context = Context(idempotent, TimeSpan.Zero, ct);
        try
        {
            return await _resilience.Untimed.ExecuteAsync(async c => await StepAsync(operation, t => call(client, t), c.CancellationToken), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// A call whose body is a stream (an archive, an image): sent once, since the stream cannot be read again, even
    /// when the connection was never made; watched, not timed, as a large one may take long.
    /// </summary>
    public async Task UploadAsync(string operation, Func<DockerClient, CancellationToken, Task> call, CancellationToken ct)
    {
        var client = await ClientAsync(ct);
        await GateAsync(operation, ct);
        await StepAsync(operation, async t =>
        {
            await call(client, t);
            return true;
        }, ct);
    }

    /// <summary>One step of reading a stream (a frame, a line, a buffer): watched like <see cref="WatchedAsync{T}"/>.</summary>
    public async Task<T> StepAsync<T>(string operation, Func<CancellationToken, Task<T>> step, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            var task = step(stop.Token);
            return task.IsCompleted ? await task : await WatchAsync(operation, task, stop, ct);
        }
        catch (Exception e) when (Mapped(operation, e) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary><c>/_ping</c>, unversioned: answers whatever API the engine speaks.</summary>
    public Task PingAsync(CancellationToken ct) =>
        TimedAsync("ping", true, TimeSpan.Zero, async c =>
        {
            await _unversioned.System.PingAsync(c);
            lock (_gate)
            {
                _hang = null;
            }

            return true;
        }, ct);

    /// <summary><c>/version</c>, unversioned, and the API version negotiated from it.</summary>
    public async Task<(VersionResponse Engine, Version Api)> VersionAsync(CancellationToken ct)
    {
        var engine = await TimedAsync("version", true, TimeSpan.Zero, c => _unversioned.System.GetVersionAsync(c), ct);
        var negotiated = await NegotiatedAsync(ct);
        return (engine, negotiated.Api);
    }

    private async Task<DockerClient> ClientAsync(CancellationToken ct) => (await NegotiatedAsync(ct)).Client;

    /// <summary>The versioned client, made once from the engine's <c>/version</c>; asked again after a failure.</summary>
    private async Task<(DockerClient Client, Version Api)> NegotiatedAsync(CancellationToken ct)
    {
        Task<(DockerClient, Version)> negotiation;
        lock (_gate)
        {
            negotiation = _negotiated ??= NegotiateAsync();
        }

        try
        {
            return await negotiation.WaitAsync(ct);
        }
        catch (Exception) when (negotiation.IsFaulted)
        {
            lock (_gate)
            {
                if (_negotiated == negotiation)
                {
                    _negotiated = null;
                }
            }

            throw;
        }
    }

    private async Task<(DockerClient, Version)> NegotiateAsync()
    {
        var version = await TimedAsync("version", true, TimeSpan.Zero, c => _unversioned.System.GetVersionAsync(c), CancellationToken.None);
        var api = ApiVersions.Negotiate(version.Version, version.APIVersion, version.MinAPIVersion ?? string.Empty);
        return (_create(api), api);
    }

    private async Task<T> TimedAsync<T>(string operation, bool idempotent, TimeSpan waits, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        await GateAsync(operation, ct);
        var context = Context(idempotent, waits, ct);
        try
        {
            return await _resilience.Timed.ExecuteAsync(
                async c =>
                {
                    try
                    {
                        return await call(c.CancellationToken);
                    }
                    catch (Exception e) when (Mapped(operation, e) is { } mapped)
                    {
                        throw mapped;
                    }
                },
                context);
        }
        catch (TimeoutRejectedException e)
        {
            var limit = Options.CallTimeout + waits;
            MarkHung(operation);
            throw new EngineException($"{operation}: the engine at {Endpoint} did not answer within {limit.TotalSeconds:0}s; it may be hung or overloaded", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResilienceContext Context(bool idempotent, TimeSpan waits, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(EngineResilience.Idempotent, idempotent);
        context.Properties.Set(EngineResilience.Extra, waits);
        return context;
    }

    public void Dispose()
    {
        _unversioned.Dispose();
        if (_negotiated is { IsCompletedSuccessfully: true } negotiated)
        {
            negotiated.Result.Client.Dispose();
        }
    }
}
