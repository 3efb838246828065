namespace ChaosBench.Model.Options;

/// <summary>The workload kinds a scenario may name.</summary>
public static class WorkloadKinds
{
    public const string EtcdKv = "etcd-kv";

    public static IReadOnlyList<string> All { get; } = [EtcdKv];
}
