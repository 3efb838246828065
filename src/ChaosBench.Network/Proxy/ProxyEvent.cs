namespace ChaosBench.Network.Proxy;

/// <summary>A change on a link, for the run's timeline.</summary>
/// <param name="Time">When, from the proxy's <see cref="FaultProxyOptions.Time"/>.</param>
/// <param name="Proxy">The proxy's <see cref="FaultProxyOptions.Name"/>.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Toxic">The toxic's name; null for none.</param>
/// <param name="Detail">One line: the toxic as added (<c>latency 100ms down</c>), or why a connection ended.</param>
public sealed record ProxyEvent(DateTimeOffset Time, string Proxy, ProxyEventKind Kind, string? Toxic, string Detail);
