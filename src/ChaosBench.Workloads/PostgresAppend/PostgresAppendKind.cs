using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.PostgresAppend;

/// <summary>
/// <c>postgresql-append</c>: Elle's list-append workload on PostgreSQL, each operation a transaction of 1 to 4
/// micro-operations appending to or reading the lists of a few keys, at the scenario's isolation level.
/// </summary>
public sealed class PostgresAppendKind : WorkloadKind<PostgresAppendOptions>, IWorkloadFactory
{
    public override string Name => "postgresql-append";

    public IWorkload Create(Workload workload) => new PostgresAppendWorkload(workload.OptionsAs<PostgresAppendOptions>().Isolation);
}
