using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.PostgresKv;

/// <summary><c>postgresql-kv</c>: keys upserted, read and compared-and-set through Npgsql, each write in its own transaction.</summary>
public sealed class PostgresKvKind : WorkloadKind<KvOptions>, IWorkloadFactory
{
    public override string Name => "postgresql-kv";

    public IWorkload Create(Workload workload) => PostgresKvWorkload.Create(workload.OptionsAs<KvOptions>());

    protected override void Validate(KvOptions options, KindCheck check) => KvOptions.Check(options, check);
}
