namespace ChaosBench.Workloads;

/// <summary>
/// The isolation level a list-append workload (<see cref="AppendWorkload"/>) begins every transaction at, as its
/// <c>isolation</c> option names it. What each level means is the product's: the connection maps it to its own.
/// </summary>
public enum AppendIsolation
{
    /// <summary><c>SERIALIZABLE</c>: PostgreSQL's serializable snapshot isolation (conflicts fail with SQLSTATE 40001), MariaDB's two-phase locking.</summary>
    Serializable,

    /// <summary><c>REPEATABLE READ</c>: snapshot isolation in PostgreSQL, which admits write skew (G2-item); in MariaDB 10.11 weaker still (lost updates).</summary>
    RepeatableRead,

    /// <summary><c>READ COMMITTED</c>: each statement sees what committed before it began.</summary>
    ReadCommitted,
}
