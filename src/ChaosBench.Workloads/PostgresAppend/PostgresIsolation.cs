namespace ChaosBench.Workloads.PostgresAppend;

/// <summary>The isolation levels PostgreSQL implements, as <c>postgresql-append</c>'s <c>isolation</c> names them.</summary>
public enum PostgresIsolation
{
    /// <summary><c>SERIALIZABLE</c>: serializable snapshot isolation; conflicting transactions fail with SQLSTATE 40001.</summary>
    Serializable,

    /// <summary><c>REPEATABLE READ</c>: snapshot isolation, which admits write skew (G2-item).</summary>
    RepeatableRead,

    /// <summary><c>READ COMMITTED</c>, PostgreSQL's default: each statement sees what committed before it began.</summary>
    ReadCommitted,
}
