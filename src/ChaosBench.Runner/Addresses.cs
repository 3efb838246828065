using ChaosBench.Faults;
using ChaosBench.Faults.Links;
using ChaosBench.Model;

namespace ChaosBench.Runner;

/// <summary>
/// Where each service is reached now. The one place that turns <c>{SERVICE}</c> and <c>{MEMBER}</c> in a URL into an
/// address, so http-status, the workload and request steps agree: a member's address on the run's network for a
/// service the harness runs, the whole base URL for an external one. A member whose client link a fault shapes is
/// reached through its proxy (<see cref="Links"/>) by the workload's clients.
/// </summary>
/// <param name="external">Each external service's resolved base URL, by service.</param>
internal sealed class Addresses(Deployment deployment, IReadOnlyDictionary<string, Uri> external)
{
    /// <summary>
    /// <paramref name="template"/> with <c>{SERVICE}</c> replaced by the service's first member's address, or by an
    /// external service's base URL without its trailing slash (<c>{longhorn}/v1/backingimages</c>), and <c>{MEMBER}</c>
    /// by that member's address. Any other <c>{name}</c> is left for the caller (a saved value, <c>{key}</c>).
    /// Addresses are read at each call: a member's changes when a version hop replaces its container.
    /// </summary>
    public string Expand(string template) => ServiceNames.Placeholder().Replace(template, m => AddressOf(m.Groups[1].Value) ?? m.Value);

    /// <summary>The proxies in front of members on the workload's port, once started. Default: none.</summary>
    public ClientLinks Links { get; set; } = ClientLinks.None;

    /// <summary>Whether the harness does not run <paramref name="service"/>.</summary>
    public bool IsExternal(string service) => external.ContainsKey(service);

    /// <summary>
    /// Where clients of <paramref name="service"/> connect now: <c>scheme://address:port/</c> per member that has an
    /// address, or the external service's base URL, which carries its own scheme and port.
    /// </summary>
    public IReadOnlyList<Uri> Endpoints(string service, string scheme, int port) =>
        external.TryGetValue(service, out var url)
            ? [url]
            : Uris(deployment.Of(service), scheme, port);

    /// <summary>Where clients of the named members or services connect now, a service standing for all its members.</summary>
    public IReadOnlyList<Uri> EndpointsOf(IReadOnlyList<string> names, string scheme, int port) =>
        names.SelectMany(name => IsExternal(name) || deployment.Of(name).Count > 0
            ? Endpoints(name, scheme, port)
            : Uris(deployment.Members.Where(m => m.Name == name), scheme, port)).ToList();

    /// <summary>
    /// A member whose container has no address (a hop's new container exited before the engine gave it one) cannot
    /// be reached, and an empty host is no URI: it is left out, as a client finds a stopped member unreachable.
    /// </summary>
    private List<Uri> Uris(IEnumerable<Member> members, string scheme, int port) =>
        [.. members.Where(m => m.Address.Length > 0).Select(m => ClientEndpoint(m, scheme, port))];

    /// <summary>The member's address, or its link's proxy when one stands there (it forwards to that port).</summary>
    private Uri ClientEndpoint(Member member, string scheme, int port) =>
        Links.ListeningFor(member.Name) is { } proxy
            ? new UriBuilder(scheme, proxy.Address.ToString(), proxy.Port).Uri
            : new UriBuilder(scheme, member.Address, port).Uri;

    private string? AddressOf(string name)
    {
        if (external.TryGetValue(name, out var url))
        {
            return url.AbsoluteUri.TrimEnd('/');
        }

        var members = deployment.Of(name);
        return members.Count > 0 ? members[0].Address : deployment.Members.FirstOrDefault(m => m.Name == name)?.Address;
    }
}
