namespace ChaosBench.Runner.Clusters;

/// <summary>The cluster kinds whose wiring the harness knows.</summary>
public sealed class ClusterCatalog(IEnumerable<IClusterWiring> clusters)
{
    private readonly Dictionary<string, IClusterWiring> _byKind = clusters.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    public static ClusterCatalog Default { get; } = new([new EtcdCluster()]);

    public IClusterWiring? Find(string? kind) => kind is null ? null : _byKind.GetValueOrDefault(kind);
}
