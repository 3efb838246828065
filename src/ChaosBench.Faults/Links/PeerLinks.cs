using System.Net;
using System.Net.Sockets;
using ChaosBench.Model.Planning;
using ChaosBench.Network.Proxy;

namespace ChaosBench.Faults.Links;

/// <summary>
/// The run's peer links: for each member of a service whose member-to-member traffic a link fault shapes
/// (<c>latency: { target: etcd, from: etcd-1 }</c>), one <see cref="FaultProxy"/> on the run network's gateway in front
/// of the member's peer port. Its peers reach it as <c>link-MEMBER:PORT</c> (a line of their <c>/etc/hosts</c>), so
/// every peer connection into a member passes its proxy, and a toxic acts on the connections of the peers it names,
/// known by the address each comes from. Set up before the members are created (their command names the ports);
/// disposing stops every proxy.
/// </summary>
public sealed class PeerLinks : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, FaultProxy> _proxies;
    private readonly string _gateway;

    private PeerLinks(IReadOnlyDictionary<string, FaultProxy> proxies, string gateway)
    {
        _proxies = proxies;
        _gateway = gateway;
    }

    /// <summary>No peer link is shaped: members reach each other directly.</summary>
    public static PeerLinks None { get; } = new(new Dictionary<string, FaultProxy>(), string.Empty);

    /// <summary>The proxies, one a member.</summary>
    public IReadOnlyCollection<FaultProxy> All => [.. _proxies.Values];

    /// <summary>The services some of whose peer links a fault of <paramref name="faults"/> (the plan's, targets resolved) shapes.</summary>
    public static IReadOnlySet<string> ShapedIn(IEnumerable<PlannedFault> faults) =>
        faults.Where(p => p.Fault.Options is LinkOptions { From: not null }).Select(p => p.Service).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Starts a proxy named <c>link-MEMBER</c> for each of <paramref name="members"/>, listening on
    /// <paramref name="gateway"/> and forwarding to the member's address of the moment (<paramref name="addressOf"/>,
    /// empty while it is down) on its peer port; <paramref name="peerOf"/> names the member an address belongs to.
    /// When one cannot listen, those already started are stopped.
    /// </summary>
    public static PeerLinks Start(IEnumerable<(string Member, int PeerPort)> members, IPAddress gateway, Func<string, string> addressOf, Func<IPAddress, string?> peerOf, long seed, Action<ProxyEvent> events)
    {
        var proxies = new Dictionary<string, FaultProxy>(StringComparer.Ordinal);
        var current = string.Empty;
        try
        {
            foreach (var (member, peerPort) in members)
            {
                current = member;
                var name = AliasOf(member);
                proxies[member] = FaultProxy.Start(new FaultProxyOptions
                {
                    Name = name,
                    Upstream = new DnsEndPoint(member, peerPort),
                    ResolveUpstream = () => IPAddress.TryParse(addressOf(member), out var address) ? new IPEndPoint(address, peerPort) : null,
                    SourceName = peerOf,
                    Listen = new IPEndPoint(gateway, 0),
                    Random = SeededRandom.For(seed, $"links/{name}"),
                    Events = events,
                });
            }
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressNotAvailable)
        {
            DisposeAll(proxies.Values);
            throw new FaultException("peer link into", current, $"the run network's gateway {gateway} is not an address of this machine, so no proxy can stand between members; fix: peer-link faults need the engine on this machine (its unix:// socket, or unset DOCKER_HOST)");
        }
        catch
        {
            DisposeAll(proxies.Values);
            throw;
        }

        return new PeerLinks(proxies, gateway.ToString());
    }

    /// <summary>
    /// Where members reach <paramref name="member"/>'s peer port: its link's alias and the proxy's port when its link
    /// is shaped, else its own name and <paramref name="peerPort"/>.
    /// </summary>
    public string EndpointOf(string member, int peerPort) =>
        _proxies.TryGetValue(member, out var proxy) ? $"{AliasOf(member)}:{proxy.Listening.Port}" : $"{member}:{peerPort}";

    /// <summary>The <c>/etc/hosts</c> lines (<c>NAME:ADDRESS</c>) every member of the service gets: each link's alias at the gateway.</summary>
    public IReadOnlyList<string> HostsLines => [.. _proxies.Keys.Select(m => $"{AliasOf(m)}:{_gateway}")];

    /// <summary>Whether a proxy stands in front of <paramref name="member"/>'s peer port.</summary>
    public bool Shapes(string member) => _proxies.ContainsKey(member);

    internal FaultProxy? Into(string member) => _proxies.GetValueOrDefault(member);

    public async ValueTask DisposeAsync() => await Task.WhenAll(_proxies.Values.Select(p => p.DisposeAsync().AsTask()));

    private static string AliasOf(string member) => $"link-{member}";

    private static void DisposeAll(IEnumerable<FaultProxy> proxies) =>
        Task.WhenAll(proxies.Select(p => p.DisposeAsync().AsTask())).GetAwaiter().GetResult();
}
