using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads;

/// <summary>The options of a list-append workload (<c>postgresql-append</c>, and a team's own over <see cref="AppendWorkload"/>): the isolation level every transaction runs at.</summary>
public sealed class AppendOptions
{
    /// <summary>The level every transaction is begun at. Default: <see cref="AppendIsolation.Serializable"/>.</summary>
    [Description("the isolation level of every transaction: serializable (default), repeatable-read or read-committed")]
    [Example("repeatable-read")]
    public AppendIsolation Isolation { get; set; } = AppendIsolation.Serializable;
}
