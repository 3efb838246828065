using ChaosBench.Faults;
using ChaosBench.Model;

namespace ChaosBench.Runner.Clusters;

/// <summary>What the harness knows about one clustered product: how to wire members, tell readiness, find the leader.</summary>
public interface IClusterWiring
{
    /// <summary>The cluster kind scenarios name, e.g. <c>etcd</c>.</summary>
    string Kind { get; }

    /// <summary>The command of one member, knowing every member's name; the service's <c>args</c> are appended after it.</summary>
    IReadOnlyList<string> CommandFor(Service service, string member, string clusterToken);

    /// <summary>The readiness probe used when the scenario gives none.</summary>
    Readiness DefaultReadiness { get; }

    /// <summary>The current leader among <paramref name="members"/>, or null when there is none now.</summary>
    Task<Member?> LeaderAsync(IReadOnlyList<Member> members, CancellationToken ct);
}
