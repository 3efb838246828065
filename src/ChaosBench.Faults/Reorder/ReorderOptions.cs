namespace ChaosBench.Faults.Reorder;

/// <summary><c>reorder: { target: redis, path: /data }</c>: at the member's next power cut, a seed-chosen subset of its writes since the last fsync survives.</summary>
public sealed class ReorderOptions : DiskFaultOptions;
