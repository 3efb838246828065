namespace ChaosBench.Faults.Truncate;

/// <summary><c>truncate: { target: etcd-2, path: /var/lib/etcd/member/wal }</c>: cuts a file of a stopped member shorter.</summary>
public sealed class TruncateOptions : StoppedFileOptions;
