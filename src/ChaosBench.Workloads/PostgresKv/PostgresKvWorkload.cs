using Npgsql;

namespace ChaosBench.Workloads.PostgresKv;

/// <summary>
/// Clients upserting unique values to seed-chosen keys of the <c>chaosbench_kv</c> table through Npgsql, each
/// write in a transaction of its own and acknowledged once COMMIT returns, each client at its share of the
/// rate, and reading them back with <c>SELECT</c>; at the options' shares also reading them during the run
/// (<c>SELECT</c>) and compare-and-setting them (<c>UPDATE … WHERE v = old</c>); the clients are <see cref="KvWorkload"/>'s.
/// </summary>
/// <remarks>
/// How errors are recorded: anything before COMMIT is sent (no connection, a login refused while the server
/// starts up, the upsert failing or timing out, the connection breaking under it) is <c>fail</c>, since a
/// transaction without COMMIT is rolled back. An error from COMMIT itself, a timeout or a broken connection
/// included, is <c>info</c>: the server may have committed and lost only the answer.
/// </remarks>
public static class PostgresKvWorkload
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Whole seconds (Npgsql's unit); a commit waits for an fsync, which a busy disk can stretch.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The workload at the options' shares of reads and compare-and-sets; every connection belongs to a client and is closed when the client ends, none is pooled.</summary>
    public static KvWorkload Create(KvOptions options) =>
        new(
            "PostgreSQL",
            "postgresql",
            5432,
            async (endpoint, ct) => await PostgresConnection.OpenAsync(endpoint, ConnectTimeout, RequestTimeout, ct),
            e => e is NpgsqlException or IOException or TimeoutException,
            options);
}
