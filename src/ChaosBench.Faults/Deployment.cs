namespace ChaosBench.Faults;

/// <summary>The running topology of one run: every member, the run's default network, and the scenario's groups.</summary>
public sealed class Deployment(string network, IReadOnlyList<Member> members, IReadOnlyDictionary<string, IReadOnlyList<string>>? groups = null)
{
    /// <summary>The network every member the scenario places on no network of its own joins; faults' helpers join it too.</summary>
    public string Network { get; } = network;

    public IReadOnlyList<Member> Members { get; } = members;

    /// <summary>The proxies between members that peer-link faults shape, started before the members. Default: none.</summary>
    public Links.PeerLinks PeerLinks { get; init; } = Links.PeerLinks.None;

    public Member this[string name] => Members.First(m => m.Name == name);

    /// <summary>The members of a service, or of a group's services in order.</summary>
    public IReadOnlyList<Member> Of(string service) =>
        groups is not null && groups.TryGetValue(service, out var group)
            ? group.SelectMany(Of).ToList()
            : Members.Where(m => m.Service == service).ToList();
}
