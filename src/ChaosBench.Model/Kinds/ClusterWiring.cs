namespace ChaosBench.Model.Kinds;

/// <summary>What one member's command needs to know of its cluster (<see cref="IClusterKind.CommandFor"/>).</summary>
/// <param name="Token">The run's cluster token: two runs' members never join each other.</param>
/// <param name="PeerEndpoint">
/// Where members reach a member's <see cref="IClusterKind.PeerPort"/>, as <c>HOST:PORT</c>: <c>etcd-2:2380</c>, or,
/// when a fault shapes the links between members, its peer link's alias and proxy port (<c>link-etcd-2:40123</c>).
/// A member advertises its own the same way, so every member names each peer alike.
/// </param>
public sealed record ClusterWiring(string Token, Func<string, string> PeerEndpoint);
