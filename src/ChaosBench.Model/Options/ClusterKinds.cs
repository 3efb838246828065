namespace ChaosBench.Model.Options;

/// <summary>Cluster kinds whose wiring the harness knows.</summary>
public static class ClusterKinds
{
    public const string Etcd = "etcd";

    public static IReadOnlyList<string> All { get; } = [Etcd];
}
