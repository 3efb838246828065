using Npgsql;

namespace ChaosBench.Workloads.PostgresKv;

/// <summary>
/// One connection to PostgreSQL (<see cref="PostgresLogin"/>) holding the <c>chaosbench_kv</c> table.
/// </summary>
internal sealed class PostgresConnection : ICasConnection
{
    private const string Table = "chaosbench_kv";

    private readonly Uri _endpoint;
    private readonly NpgsqlConnection _connection;

    private PostgresConnection(Uri endpoint, NpgsqlConnection connection)
    {
        _endpoint = endpoint;
        _connection = connection;
    }

    /// <summary>Connects and logs in; any failure throws <see cref="NotAppliedException"/>, since no statement was sent.</summary>
    public static async Task<PostgresConnection> OpenAsync(Uri endpoint, TimeSpan connectTimeout, TimeSpan commandTimeout, CancellationToken ct) =>
        new(endpoint, await PostgresLogin.OpenAsync(endpoint, connectTimeout, commandTimeout, ct));

    /// <summary>Creates the table when it is not there yet.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"CREATE TABLE IF NOT EXISTS {Table} (k text PRIMARY KEY, v text NOT NULL)", _connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Upserts in a transaction of its own and returns once COMMIT has returned. An error before COMMIT was sent
    /// throws <see cref="NotAppliedException"/>: the server rolls back a transaction whose connection ends.
    /// An error from COMMIT itself is thrown as it is: the server may have committed and lost only the answer.
    /// </summary>
    public async Task WriteAsync(string key, string value, CancellationToken ct)
    {
        // Npgsql sends BEGIN together with the first statement, so nothing reaches the server before the upsert.
        await using var transaction = await _connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand($"INSERT INTO {Table} (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v", _connection, transaction)
        {
            Parameters = { new() { Value = key }, new() { Value = value } },
        };
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new NotAppliedException(_endpoint, e);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// <c>UPDATE … WHERE v = old</c> (an <c>INSERT … ON CONFLICT DO NOTHING</c> when the key must be absent) in a
    /// transaction of its own: true once COMMIT returned with one row changed, false when none was (rolled back).
    /// Errors as <see cref="WriteAsync"/>: before COMMIT certainly not applied, from COMMIT indeterminate.
    /// </summary>
    public async Task<bool> CasAsync(string key, string? expected, string value, CancellationToken ct)
    {
        await using var transaction = await _connection.BeginTransactionAsync(ct);
        await using var command = expected is null
            ? new NpgsqlCommand($"INSERT INTO {Table} (k, v) VALUES ($1, $2) ON CONFLICT (k) DO NOTHING", _connection, transaction)
            {
                Parameters = { new() { Value = key }, new() { Value = value } },
            }
            : new NpgsqlCommand($"UPDATE {Table} SET v = $2 WHERE k = $1 AND v = $3", _connection, transaction)
            {
                Parameters = { new() { Value = key }, new() { Value = value }, new() { Value = expected } },
            };
        int changed;
        try
        {
            changed = await command.ExecuteNonQueryAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new NotAppliedException(_endpoint, e);
        }

        if (changed == 0)
        {
            return false;
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The key's value; null when there is no such row, or no table at all (the data is gone).</summary>
    public async Task<string?> ReadAsync(string key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT v FROM {Table} WHERE k = $1", _connection)
        {
            Parameters = { new() { Value = key } },
        };
        try
        {
            return await command.ExecuteScalarAsync(ct) as string;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    public void Dispose() => _connection.Dispose();
}
