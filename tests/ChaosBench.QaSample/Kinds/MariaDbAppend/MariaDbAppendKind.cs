using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Workloads;
using MySqlConnector;

namespace ChaosBench.QaSample.Kinds.MariaDbAppend;

/// <summary>
/// <c>mariadb-append</c>: Elle's list-append workload on MariaDB (InnoDB) through MySqlConnector, at the scenario's
/// isolation level. The team's own workload, written with the harness's public API only: the connection is ours, the
/// clients, history and final read are <see cref="AppendWorkload"/>'s, and the isolation-level expectations judge it.
/// </summary>
public sealed class MariaDbAppendKind : WorkloadKind<AppendOptions>, IWorkloadFactory
{
    public override string Name => "mariadb-append";

    public IWorkload Create(Workload workload) =>
        new AppendWorkload("MariaDB", "mysql", 3306, MariaDbAppendConnection.OpenAsync, MariaDbAppendConnection.IsClientError, workload.OptionsAs<AppendOptions>());
}
