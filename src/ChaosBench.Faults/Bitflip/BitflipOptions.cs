namespace ChaosBench.Faults.Bitflip;

/// <summary><c>bitflip: { target: etcd-2, path: /var/lib/etcd/member/wal }</c>: flips one bit of a file of a stopped member.</summary>
public sealed class BitflipOptions : StoppedFileOptions;
