using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Partition;

/// <summary><c>partition: { target: etcd-2, for: 3s }</c>: cuts the members off from every other.</summary>
public sealed class PartitionOptions : TargetOptions;
