using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Timeout;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// HTTP to the engine's REST API: versioned paths, JSON in and out, engine errors turned into typed exceptions.
/// The only place that knows status codes. Every call goes through <see cref="EngineResilience"/>: short calls
/// are timed out, transient failures retried where that cannot do anything twice.
/// </summary>
internal sealed partial class DockerTransport : IDisposable
{
    /// <summary>The API version spoken: Debian bookworm's engine (20.10) speaks up to 1.41, newer ones still accept it.</summary>
    public const string ApiVersion = "1.41";

    private readonly HttpClient _http;
    private readonly EngineResilience _resilience;

    public DockerTransport(Uri endpoint, EngineCallOptions? options = null)
        : this(endpoint, DockerEndpoint.CreateHandler(endpoint), options)
    {
    }

    /// <summary>A transport over <paramref name="handler"/>, which a test may fake.</summary>
    public DockerTransport(Uri endpoint, HttpMessageHandler handler, EngineCallOptions? options = null)
    {
        Endpoint = endpoint;
        _resilience = new EngineResilience(options ?? new EngineCallOptions());
        _http = new HttpClient(handler)
        {
            BaseAddress = DockerEndpoint.BaseAddress(endpoint),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Uri Endpoint { get; }

    public async Task<JsonNode?> GetJsonAsync(string operation, string path, CancellationToken ct) =>
        Parse(await TextAsync(operation, HttpMethod.Get, path, null, _resilience.Timed, TimeSpan.Zero, ct));

    /// <param name="untimed">For a call that lasts as long as the container it waits for (wait): no call timeout.</param>
    public async Task<JsonNode?> PostJsonAsync(string operation, string path, object? body, CancellationToken ct, bool untimed = false) =>
        Parse(await TextAsync(
            operation, HttpMethod.Post, path, body is null ? null : () => JsonContent.Create(body, options: DockerJson.Options),
            untimed ? _resilience.Untimed : _resilience.Timed, TimeSpan.Zero, ct));

    /// <param name="waits">What the engine itself waits during the call (a stop's grace period), added to its timeout.</param>
    public Task SendAsync(string operation, HttpMethod method, string path, CancellationToken ct, TimeSpan waits = default) =>
        TextAsync(operation, method, path, null, _resilience.Timed, waits, ct);

    /// <summary>
    /// Sends a request whose answer is a stream (logs, events, archives, exec output, an image); the caller disposes
    /// it. Not timed: it lasts as long as what it follows. <paramref name="content"/> makes the body of each attempt.
    /// </summary>
    public async Task<HttpResponseMessage> StreamAsync(string operation, HttpMethod method, string path, CancellationToken ct, Func<HttpContent>? content = null)
    {
        var context = Context(method, TimeSpan.Zero, ct);
        try
        {
            return await _resilience.Untimed.ExecuteAsync(
                async c => await AttemptAsync(operation, Request(method, path, content), c.CancellationToken), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Sends a request whose body is a stream (an archive, an image), once: the stream cannot be read again, so
    /// nothing is retried, and nothing is timed, as a large upload may take long. The caller disposes the answer.
    /// </summary>
    public async Task<HttpResponseMessage> UploadAsync(string operation, HttpMethod method, string path, HttpContent content, CancellationToken ct) =>
        await AttemptAsync(operation, Request(method, path, () => content), ct);

    public Task PingAsync(CancellationToken ct) =>
        SendAsync("ping", HttpMethod.Get, "/_ping", ct);

    private async Task<string> TextAsync(string operation, HttpMethod method, string path, Func<HttpContent>? content, ResiliencePipeline pipeline, TimeSpan waits, CancellationToken ct)
    {
        var context = Context(method, waits, ct);
        try
        {
            return await pipeline.ExecuteAsync(
                async c =>
                {
                    using var response = await AttemptAsync(operation, Request(method, path, content), c.CancellationToken);
                    return await ReadAsync(operation, response, c.CancellationToken);
                },
                context);
        }
        catch (TimeoutRejectedException e)
        {
            throw new EngineException($"{operation}: the engine at {Endpoint} did not answer within {(_resilience.Options.CallTimeout + waits).TotalSeconds:0}s; it may be hung or overloaded", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResilienceContext Context(HttpMethod method, TimeSpan waits, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(EngineResilience.Idempotent, EngineResilience.IsIdempotent(method));
        context.Properties.Set(EngineResilience.Extra, waits);
        return context;
    }

    private static Func<HttpRequestMessage> Request(HttpMethod method, string path, Func<HttpContent>? content) =>
        () => new HttpRequestMessage(method, Versioned(path)) { Content = content?.Invoke() };

    private static string Versioned(string path) => path.StartsWith("/_ping", StringComparison.Ordinal) ? path : $"/v{ApiVersion}{path}";

    public void Dispose() => _http.Dispose();
}
