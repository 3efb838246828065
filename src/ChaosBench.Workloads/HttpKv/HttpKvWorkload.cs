namespace ChaosBench.Workloads.HttpKv;

/// <summary>
/// Clients writing unique values to seed-chosen keys through a product's own REST API, as the scenario's
/// <c>http:</c> templates describe, each at its share of the rate, at the options' shares reading them (the <c>read</c>
/// template) and compare-and-setting them (the <c>cas</c> template) during the run, and reading them back; see <see cref="KvClients{T}"/>.
/// </summary>
/// <remarks>
/// How errors are recorded: a connection refused or unreachable is <c>fail</c>, since no request was sent.
/// Once it is sent, a timeout, a reset or a status outside <c>ok</c> is <c>info</c>: servers commonly answer
/// an error after the write was already proposed or forwarded (etcd's 503 "request timed out" is one), so
/// only the listed statuses say anything certain. A cas answered with one of its <c>mismatch</c> statuses is
/// <c>fail</c>: it set nothing.
/// </remarks>
public sealed class HttpKvWorkload : IWorkload
{
    /// <summary>Longer than a leader election, shorter than a stuck cluster.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = RequestTimeout };
    private readonly HttpOptions _api;
    private readonly KvClients<HttpKvConnection> _clients;

    /// <param name="api">The requests.</param>
    /// <param name="options">The shares of reads (through <see cref="HttpOptions.Read"/>) and compare-and-sets (through <see cref="HttpOptions.Cas"/>) during the run; writes only when null.</param>
    public HttpKvWorkload(HttpOptions api, KvOptions? options = null)
    {
        _api = api;
        _clients = new(
            "the HTTP API",
            (endpoint, _) => Task.FromResult(new HttpKvConnection(_http, endpoint, api)),
            e => e is HttpRequestException or TaskCanceledException or IOException,
            mix: options is null ? null : KvMix.Of(options));
    }

    public string Scheme => "http";

    public int Port => _api.Port ?? 0;

    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) => _clients.CheckSteadyStateAsync(context, ct);

    public Task RunAsync(WorkloadContext context, CancellationToken stop) => _clients.RunAsync(context, stop);

    public Task FinalReadAsync(WorkloadContext context, CancellationToken ct) => _clients.FinalReadAsync(context, ct);

    public void Dispose() => _http.Dispose();
}
