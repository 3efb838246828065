using System.Net;

namespace ChaosBench.Network.Proxy;

/// <summary>Where a <see cref="FaultProxy"/> listens, where it forwards, and what drives its randomness and time.</summary>
public sealed class FaultProxyOptions
{
    /// <summary>The link's name, e.g. <c>client-etcd-1</c> or <c>etcd-1-etcd-2</c>; events carry it.</summary>
    public required string Name { get; init; }

    /// <summary>Where to forward each accepted connection: an address and port, or a host name and port.</summary>
    public required EndPoint Upstream { get; init; }

    /// <summary>
    /// When set, asked for each accepted connection instead of <see cref="Upstream"/>, which then only names the
    /// destination (e.g. <c>etcd-2:2380</c>): a member's address changes when it restarts. Null refuses the
    /// connection, as a member that is down would. Default: none, always <see cref="Upstream"/>.
    /// </summary>
    public Func<EndPoint?>? ResolveUpstream { get; init; }

    /// <summary>
    /// Names the peer an accepted connection comes from (by its address), which toxics' <see cref="Toxics.Toxic.From"/>
    /// match; null for one it does not know. Default: none, so a toxic with <c>From</c> acts on no connection.
    /// </summary>
    public Func<IPAddress, string?>? SourceName { get; init; }

    /// <summary>
    /// Where to listen. Default: 127.0.0.1 on a port the kernel picks (<see cref="FaultProxy.Listening"/> says
    /// which). A link members use listens on an address their network reaches, e.g. its bridge's gateway.
    /// </summary>
    public IPEndPoint Listen { get; init; } = new(IPAddress.Loopback, 0);

    /// <summary>
    /// Seeds the proxy's random draws (jitter, slice sizes, loss): one seed per connection is drawn from it in the
    /// order connections arrive. Default: a source seeded with 0. The run passes one seeded from the run's seed.
    /// </summary>
    public Random Random { get; init; } = new(0);

    /// <summary>The clock every delay and event time comes from. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Bytes read at once per direction, from a shared pool. Default: 16 KiB.</summary>
    public int BufferSize { get; init; } = 16 * 1024;

    /// <summary>Called for each event, on the thread that caused it; must not throw or block. Default: none.</summary>
    public Action<ProxyEvent>? Events { get; init; }
}
