using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using Npgsql;

namespace ChaosBench.Workloads.PostgresAppend;

/// <summary>
/// <c>postgresql-append</c>: Elle's list-append workload on PostgreSQL, each operation a transaction of 1 to 4
/// micro-operations appending to or reading the lists of a few keys, at the scenario's isolation level. The clients
/// are <see cref="AppendWorkload"/>'s; the connection (<see cref="PostgresAppendConnection"/>) is PostgreSQL's.
/// </summary>
public sealed class PostgresAppendKind : WorkloadKind<AppendOptions>, IWorkloadFactory
{
    public override string Name => "postgresql-append";

    public IWorkload Create(Workload workload) =>
        new AppendWorkload("PostgreSQL", "postgresql", 5432, PostgresAppendConnection.OpenAsync, IsClientError, workload.OptionsAs<AppendOptions>());

    private static bool IsClientError(Exception e) => e is NpgsqlException or IOException or TimeoutException;
}
