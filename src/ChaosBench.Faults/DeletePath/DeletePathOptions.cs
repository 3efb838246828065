namespace ChaosBench.Faults.DeletePath;

/// <summary><c>delete-path: { target: etcd-2, path: /var/lib/etcd/member }</c>: deletes a file or directory of a stopped member.</summary>
public sealed class DeletePathOptions : StoppedFileOptions;
