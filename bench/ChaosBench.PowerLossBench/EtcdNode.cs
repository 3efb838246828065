namespace ChaosBench.PowerLossBench;

/// <summary>One variant's single-node etcd: its container and its client URL on the bench's own network.</summary>
internal sealed record EtcdNode(string Variant, string ContainerId, Uri Endpoint);
