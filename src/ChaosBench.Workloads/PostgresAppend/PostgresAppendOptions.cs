using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.PostgresAppend;

/// <summary><c>postgresql-append</c>'s own options: the isolation level every transaction runs at.</summary>
public sealed class PostgresAppendOptions
{
    /// <summary>The level every transaction is begun at. Default: <see cref="PostgresIsolation.Serializable"/>.</summary>
    [Description("the isolation level of every transaction: serializable (default), repeatable-read or read-committed")]
    [Example("repeatable-read")]
    public PostgresIsolation Isolation { get; set; } = PostgresIsolation.Serializable;
}
