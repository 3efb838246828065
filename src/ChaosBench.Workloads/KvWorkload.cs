namespace ChaosBench.Workloads;

/// <summary>
/// A register workload over a connection of your own: the same clients, pacing, history, steady-state check and
/// final read as the built-in key-value workloads, for a product whose client you write as an
/// <see cref="IKvConnection"/> (an <see cref="ICasConnection"/> for a <c>cas</c> share). Return it from your
/// workload kind's <see cref="IWorkloadFactory.Create"/>.
/// </summary>
/// <remarks>
/// How errors are recorded: a <see cref="NotAppliedException"/> is <c>fail</c> (certainly not applied); any other
/// exception <paramref name="isClientError"/> accepts is <c>info</c> (the product may have applied it); an exception
/// it does not accept is a bug of the connection and ends the run as errored.
/// </remarks>
/// <param name="product">The product's name for messages, e.g. <c>MariaDB</c>.</param>
/// <param name="scheme">The scheme of the endpoints the connections are handed, e.g. <c>mysql</c>.</param>
/// <param name="port">The port clients connect to on each member.</param>
/// <param name="connect">Opens a connection to one endpoint (<c>scheme://member:port</c>).</param>
/// <param name="isClientError">The errors of the product's client a workload records.</param>
/// <param name="options">The shares of reads and compare-and-sets; writes only when null.</param>
public sealed class KvWorkload(string product, string scheme, int port, Func<Uri, CancellationToken, Task<IKvConnection>> connect, Func<Exception, bool> isClientError, KvOptions? options = null)
    : IWorkload
{
    private readonly KvClients<IKvConnection> _clients = new(product, connect, e => e is NotAppliedException || isClientError(e), mix: options is null ? null : KvMix.Of(options));

    public string Scheme => scheme;

    public int Port => port;

    public Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct) => _clients.CheckSteadyStateAsync(context, ct);

    public Task RunAsync(WorkloadContext context, CancellationToken stop) => _clients.RunAsync(context, stop);

    public Task FinalReadAsync(WorkloadContext context, CancellationToken ct) => _clients.FinalReadAsync(context, ct);

    public void Dispose()
    {
        // Every connection belongs to a client and is closed when the client ends.
    }
}
