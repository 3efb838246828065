using ChaosBench.Model.Kinds;

namespace ChaosBench.Runner.Clusters;

/// <summary>The cluster kinds whose wiring this project knows.</summary>
public static class ClusterKinds
{
    /// <summary>Every built-in cluster kind; add yours with <c>ClusterKinds.Default.With(new MyCluster())</c>.</summary>
    public static KindCatalog<IClusterKind> Default { get; } = KindCatalog.Empty<IClusterKind>().With(new Etcd.EtcdCluster());
}
