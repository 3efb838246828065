using Npgsql;

namespace ChaosBench.Workloads;

/// <summary>
/// How every PostgreSQL workload logs in: one unpooled Npgsql connection as user <c>postgres</c> (trust auth) to
/// database <c>postgres</c>. Unpooled, so closing it really closes it: no connection to a killed server is handed out
/// again.
/// </summary>
internal static class PostgresLogin
{
    /// <summary>Connects and logs in; any failure throws <see cref="NotAppliedException"/>, since no statement was sent.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(Uri endpoint, TimeSpan connectTimeout, TimeSpan commandTimeout, CancellationToken ct)
    {
        var settings = new NpgsqlConnectionStringBuilder
        {
            Host = endpoint.Host,
            Port = endpoint.Port,
            Username = "postgres",
            Database = "postgres",
            Pooling = false,
            Timeout = (int)Math.Ceiling(connectTimeout.TotalSeconds),
            CommandTimeout = (int)Math.Ceiling(commandTimeout.TotalSeconds),

            // A timed-out statement ends the connection at once instead of waiting for a cancel request to land.
            CancellationTimeout = -1,
        };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !ct.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            throw new NotAppliedException(endpoint, e);
        }
    }
}
