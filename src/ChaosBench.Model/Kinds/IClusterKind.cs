namespace ChaosBench.Model.Kinds;

/// <summary>A clustered product whose wiring the harness knows (<c>cluster: etcd</c>): members' commands, readiness, leader.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KindNameConverter))]
public interface IClusterKind : IKind
{
    /// <summary>The readiness probe used when the scenario gives none.</summary>
    Readiness DefaultReadiness { get; }

    /// <summary>The command of one member, knowing every member's name; the service's <c>args</c> are appended after it.</summary>
    IReadOnlyList<string> CommandFor(Service service, string member, ClusterWiring wiring);

    /// <summary>
    /// The port members reach each other on (etcd's 2380), where a peer-link fault (<c>latency: { from: ... }</c>)
    /// puts a proxy: the kind must then name peers by <see cref="ClusterWiring.PeerEndpoint"/>. Default: null, the
    /// kind's members cannot be reached through one, and such a fault is refused.
    /// </summary>
    int? PeerPort => null;

    /// <summary>The leader among <paramref name="members"/> (name and address of each member that is up), or null when there is none now.</summary>
    Task<string?> LeaderAsync(IReadOnlyList<(string Name, string Address)> members, CancellationToken ct);

    /// <summary>
    /// The members of <paramref name="members"/> (every member of the cluster, an empty address for one that is down)
    /// that do not report themselves healthy now; empty when all do. A rolling hop waits for it to be empty before the
    /// next member. Default: a cluster kind that cannot ask reports none, so only each member's readiness is waited for.
    /// </summary>
    Task<IReadOnlyList<string>> UnhealthyAsync(IReadOnlyList<(string Name, string Address)> members, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
