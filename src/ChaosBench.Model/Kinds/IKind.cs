namespace ChaosBench.Model.Kinds;

/// <summary>Something a scenario names by kind: a fault or step, an expectation, a workload, a cluster.</summary>
public interface IKind
{
    /// <summary>The name scenarios write: <c>kill</c>, <c>no-lost-writes</c>, <c>etcd-kv</c>, <c>etcd</c>.</summary>
    string Name { get; }
}
