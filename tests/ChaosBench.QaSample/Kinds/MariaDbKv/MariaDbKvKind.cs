using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Workloads;
using MySqlConnector;

namespace ChaosBench.QaSample.Kinds.MariaDbKv;

/// <summary>
/// <c>mariadb-kv</c>: keys upserted, read and compared-and-set in MariaDB through MySqlConnector, each statement
/// committed on its own (autocommit). The team's own workload, written with the harness's public API only: the
/// connection is ours, the clients, history and final read are <see cref="KvWorkload"/>'s.
/// </summary>
public sealed class MariaDbKvKind : WorkloadKind<KvOptions>, IWorkloadFactory
{
    public override string Name => "mariadb-kv";

    public IWorkload Create(Workload workload) =>
        new KvWorkload("MariaDB", "mysql", 3306, MariaDbConnection.OpenAsync, e => e is MySqlException or IOException or TimeoutException, workload.OptionsAs<KvOptions>());

    protected override void Validate(KvOptions options, KindCheck check) => KvOptions.Check(options, check);
}
