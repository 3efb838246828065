using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.PostgresKv;

/// <summary><c>postgresql-kv</c>: keys upserted and read back through Npgsql, each write in its own transaction.</summary>
public sealed class PostgresKvKind : WorkloadKind<NoOptions>, IWorkloadFactory
{
    public override string Name => "postgresql-kv";

    public IWorkload Create(Workload workload) => new PostgresKvWorkload();
}
