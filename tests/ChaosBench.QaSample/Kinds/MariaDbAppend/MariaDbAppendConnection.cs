using ChaosBench.Model.History;
using ChaosBench.Workloads;
using MySqlConnector;

namespace ChaosBench.QaSample.Kinds.MariaDbAppend;

/// <summary>
/// One connection to MariaDB as the user the sample's recipe creates, running list-append transactions on the
/// <c>chaosbench_append</c> table (InnoDB): a list is one row, its elements joined by commas in a text column, as
/// <c>postgresql-append</c> keeps them. The isolation level is the session's, set once when the connection opens.
/// </summary>
/// <remarks>
/// How errors are mapped, as PostgreSQL's are: anything before COMMIT is sent (no connection, a statement failing, a
/// deadlock 1213 or a lock wait timeout 1205, the connection breaking under it) is certainly rolled back, and so is a
/// deadlock or lock wait timeout answering COMMIT. Any other error from COMMIT, a broken connection or a timeout, is
/// left indeterminate: MariaDB may have committed and lost only the answer.
/// </remarks>
internal sealed class MariaDbAppendConnection : IAppendConnection
{
    private const string Table = "chaosbench_append";

    private readonly Uri _endpoint;
    private readonly MySqlConnection _connection;

    private MariaDbAppendConnection(Uri endpoint, MySqlConnection connection)
    {
        _endpoint = endpoint;
        _connection = connection;
    }

    /// <summary>The errors of MySqlConnector a client records.</summary>
    public static bool IsClientError(Exception e) => e is MySqlException or IOException or TimeoutException;

    /// <summary>Connects and sets the session's isolation level; any failure is <see cref="NotAppliedException"/>, since no transaction began.</summary>
    public static async Task<IAppendConnection> OpenAsync(Uri endpoint, AppendIsolation isolation, TimeSpan timeout, CancellationToken ct)
    {
        var seconds = (uint)Math.Max(1, Math.Ceiling(timeout.TotalSeconds));
        var connection = new MySqlConnection(MariaDbLogin.For(endpoint, seconds, seconds).ConnectionString);
        try
        {
            await connection.OpenAsync(ct);

            // A lock wait ends on the server (1205, the transaction then rolled back here) before the client's own
            // timeout gives the connection up: contention is a fail that keeps the connection, not a reconnect.
            foreach (var sql in new[] { $"SET SESSION TRANSACTION ISOLATION LEVEL {Level(isolation)}", $"SET SESSION innodb_lock_wait_timeout = {Math.Max(1, seconds - 1)}" })
            {
                await using var command = new MySqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(ct);
            }
            return new MariaDbAppendConnection(endpoint, connection);
        }
        catch (Exception e) when (IsClientError(e) && !ct.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            throw new NotAppliedException(endpoint, e);
        }
    }

    /// <summary>Creates the table when it is not there yet.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await using var command = new MySqlCommand($"CREATE TABLE IF NOT EXISTS {Table} (k VARCHAR(64) PRIMARY KEY, v TEXT NOT NULL) ENGINE=InnoDB", _connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<MicroOp>> RunAsync(IReadOnlyList<MicroOp> mops, CancellationToken ct)
    {
        var done = new List<MicroOp>(mops.Count);
        try
        {
            await ExecuteAsync("START TRANSACTION", ct);
            foreach (var mop in mops)
            {
                done.Add(mop.F == TxnFunctions.Append ? await AppendAsync(mop, ct) : await ReadAsync(mop, ct));
            }
        }
        catch (Exception e) when (IsClientError(e))
        {
            // No COMMIT was sent: the transaction ends in a rollback, ours below or the server's when the connection goes.
            throw new NotAppliedException(_endpoint, Survivable(e) ? await RollbackAsync(e, ct) : e);
        }

        try
        {
            await ExecuteAsync("COMMIT", ct);
        }
        catch (MySqlException e) when (Survivable(e))
        {
            // InnoDB answers so only after it rolled the transaction back.
            throw new NotAppliedException(_endpoint, e);
        }

        return done;
    }

    /// <summary>
    /// Whether the connection outlives <paramref name="error"/>: a deadlock or a lock wait timeout the server answered,
    /// after which the transaction was rolled back and the session is as it was; anything else may have left it anywhere.
    /// </summary>
    public bool Survives(Exception error) => error is NotAppliedException { InnerException: MySqlException inner } && Survivable(inner);

    private static bool Survivable(Exception e) => e is MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout };

    /// <summary>
    /// Rolls back after <paramref name="error"/> (a lock wait timeout undoes only its statement) and returns it; returns
    /// the rollback's own error instead when that fails, so the connection is not reused.
    /// </summary>
    private async Task<Exception> RollbackAsync(Exception error, CancellationToken ct)
    {
        try
        {
            await ExecuteAsync("ROLLBACK", ct);
            return error;
        }
        catch (Exception e) when (IsClientError(e))
        {
            return e;
        }
    }

    private async Task<MicroOp> AppendAsync(MicroOp mop, CancellationToken ct)
    {
        await ExecuteAsync($"INSERT INTO {Table} (k, v) VALUES (@k, @v) ON DUPLICATE KEY UPDATE v = CONCAT(v, ',', VALUES(v))", ct, mop.Key, mop.Value!);
        return mop;
    }

    private async Task<MicroOp> ReadAsync(MicroOp mop, CancellationToken ct)
    {
        await using var command = Command($"SELECT v FROM {Table} WHERE k = @k", mop.Key, null);

        // A list no append reached yet has no row: it reads as empty.
        var text = await command.ExecuteScalarAsync(ct) as string;
        return MicroOp.ReadOf(mop.Key, text is null ? [] : text.Split(','));
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct, string? key = null, string? value = null)
    {
        await using var command = Command(sql, key, value);
        await command.ExecuteNonQueryAsync(ct);
    }

    private MySqlCommand Command(string sql, string? key, string? value)
    {
        var command = new MySqlCommand(sql, _connection);
        if (key is not null)
        {
            command.Parameters.AddWithValue("@k", key);
        }

        if (value is not null)
        {
            command.Parameters.AddWithValue("@v", value);
        }

        return command;
    }

    private static string Level(AppendIsolation isolation) => isolation switch
    {
        AppendIsolation.RepeatableRead => "REPEATABLE READ",
        AppendIsolation.ReadCommitted => "READ COMMITTED",
        _ => "SERIALIZABLE",
    };

    public void Dispose() => _connection.Dispose();
}
