using System.Net;
using ChaosBench.Model.Planning;
using ChaosBench.Network.Proxy;

namespace ChaosBench.Faults.Links;

/// <summary>
/// The run's client links: one <see cref="FaultProxy"/> on 127.0.0.1 per member whose link from the workload a
/// scenario shapes, forwarding to the member's address on the workload's port. Disposing stops every one.
/// </summary>
public sealed class ClientLinks : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, FaultProxy> _proxies;

    private ClientLinks(IReadOnlyDictionary<string, FaultProxy> proxies) => _proxies = proxies;

    /// <summary>No link is shaped: every member is reached directly.</summary>
    public static ClientLinks None { get; } = new(new Dictionary<string, FaultProxy>());

    /// <summary>The proxies, one a member.</summary>
    public IReadOnlyCollection<FaultProxy> All => [.. _proxies.Values];

    /// <summary>
    /// Starts a proxy for each of <paramref name="members"/> to its address and <paramref name="port"/>, named
    /// <c>client-MEMBER</c>, its draws seeded from <paramref name="seed"/>; <paramref name="events"/> gets what
    /// happens on every link. When one cannot listen, those already started are stopped.
    /// </summary>
    public static async Task<ClientLinks> StartAsync(IEnumerable<Member> members, int port, long seed, Action<ProxyEvent> events)
    {
        var proxies = new Dictionary<string, FaultProxy>(StringComparer.Ordinal);
        try
        {
            foreach (var member in members)
            {
                var name = $"client-{member.Name}";
                proxies[member.Name] = FaultProxy.Start(new FaultProxyOptions
                {
                    Name = name,
                    Upstream = EndpointOf(member.Address, port) ?? new DnsEndPoint(member.Name, port),

                    // Each connection to the member's address of that moment: a version hop's new container has another.
                    ResolveUpstream = () => EndpointOf(member.Address, port),
                    Random = SeededRandom.For(seed, $"links/{name}"),
                    Events = events,
                });
            }
        }
        catch
        {
            await new ClientLinks(proxies).DisposeAsync();
            throw;
        }

        return new ClientLinks(proxies);
    }

    /// <summary>The member's address on <paramref name="port"/>; null while it has none (its container is down).</summary>
    private static EndPoint? EndpointOf(string address, int port) =>
        address.Length == 0 ? null : IPAddress.TryParse(address, out var ip) ? new IPEndPoint(ip, port) : new DnsEndPoint(address, port);

    /// <summary>Where the workload reaches <paramref name="member"/> through its link; null when its link is not shaped.</summary>
    public IPEndPoint? ListeningFor(string member) => _proxies.TryGetValue(member, out var proxy) ? proxy.Listening : null;

    internal FaultProxy? Of(string member) => _proxies.GetValueOrDefault(member);

    public async ValueTask DisposeAsync()
    {
        foreach (var proxy in _proxies.Values)
        {
            await proxy.DisposeAsync();
        }
    }
}
