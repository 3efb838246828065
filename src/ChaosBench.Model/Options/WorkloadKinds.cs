namespace ChaosBench.Model.Options;

/// <summary>The workload kinds a scenario may name.</summary>
public static class WorkloadKinds
{
    public const string EtcdKv = "etcd-kv";

    public const string RedisKv = "redis-kv";

    public const string PostgresqlKv = "postgresql-kv";

    public const string HttpKv = "http-kv";

    public const string RedisSet = "redis-set";

    public const string RedisList = "redis-list";

    public static IReadOnlyList<string> All { get; } = [EtcdKv, RedisKv, PostgresqlKv, HttpKv, RedisSet, RedisList];
}
