using System.Data;
using ChaosBench.Model.History;
using Npgsql;

namespace ChaosBench.Workloads.PostgresAppend;

/// <summary>
/// One connection to PostgreSQL (<see cref="PostgresLogin"/>) running list-append transactions on the
/// <c>chaosbench_append</c> table: a list is one row, its elements joined by commas in a text column, as Jepsen's own
/// PostgreSQL append test keeps them.
/// </summary>
internal sealed class PostgresAppendConnection : IAppendConnection
{
    private const string Table = "chaosbench_append";
    private const char Separator = ',';

    private readonly Uri _endpoint;
    private readonly NpgsqlConnection _connection;
    private readonly IsolationLevel _level;

    private PostgresAppendConnection(Uri endpoint, NpgsqlConnection connection, IsolationLevel level)
    {
        _endpoint = endpoint;
        _connection = connection;
        _level = level;
    }

    /// <summary>Connects and logs in; any failure throws <see cref="NotAppliedException"/>, since no statement was sent.</summary>
    public static async Task<IAppendConnection> OpenAsync(Uri endpoint, AppendIsolation isolation, TimeSpan timeout, CancellationToken ct) =>
        new PostgresAppendConnection(endpoint, await PostgresLogin.OpenAsync(endpoint, timeout, timeout, ct), Level(isolation));

    /// <summary>Creates the table when it is not there yet.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"CREATE TABLE IF NOT EXISTS {Table} (k text PRIMARY KEY, v text NOT NULL)", _connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Runs <paramref name="mops"/> in one transaction and returns them with every read's elements once COMMIT has
    /// returned. Certainly not applied, thrown as <see cref="NotAppliedException"/>: any error before COMMIT was sent
    /// (a transaction without COMMIT is rolled back, a serialization failure included), and an ERROR the server
    /// answered COMMIT with (it rolled back). Any other error from COMMIT (a broken connection, a timeout, a FATAL
    /// shutdown) is thrown as it is: the server may have committed and lost only the answer.
    /// </summary>
    public async Task<IReadOnlyList<MicroOp>> RunAsync(IReadOnlyList<MicroOp> mops, CancellationToken ct)
    {
        var committing = false;
        try
        {
            // Disposed without a commit, the transaction is rolled back, and the connection is fit for the next.
            await using var transaction = await _connection.BeginTransactionAsync(_level, ct);
            var done = new List<MicroOp>(mops.Count);
            foreach (var mop in mops)
            {
                done.Add(mop.F == TxnFunctions.Append ? await AppendAsync(transaction, mop, ct) : await ReadAsync(transaction, mop, ct));
            }

            committing = true;
            try
            {
                await transaction.CommitAsync(ct);
            }
            catch (PostgresException e) when (e.InvariantSeverity == "ERROR")
            {
                // An ERROR ends the transaction in a rollback; a FATAL (the server shutting down) may come after the commit.
                throw new NotAppliedException(_endpoint, e);
            }

            return done;
        }
        catch (NpgsqlException e) when (!committing)
        {
            throw new NotAppliedException(_endpoint, e);
        }
    }

    /// <summary>
    /// Whether the connection outlives <paramref name="error"/>: an ERROR the server answered (a serialization failure)
    /// rolled the transaction back and left the session as it was; anything else may have left it anywhere.
    /// </summary>
    public bool Survives(Exception error) => error is NotAppliedException { InnerException: PostgresException { InvariantSeverity: "ERROR" } };

    private async Task<MicroOp> AppendAsync(NpgsqlTransaction transaction, MicroOp mop, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {Table} AS t (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = t.v || '{Separator}' || EXCLUDED.v",
            _connection,
            transaction)
        {
            Parameters = { new() { Value = mop.Key }, new() { Value = mop.Value! } },
        };
        await command.ExecuteNonQueryAsync(ct);
        return mop;
    }

    private async Task<MicroOp> ReadAsync(NpgsqlTransaction transaction, MicroOp mop, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT v FROM {Table} WHERE k = $1", _connection, transaction)
        {
            Parameters = { new() { Value = mop.Key } },
        };

        // A list no append reached yet has no row: it reads as empty.
        var text = await command.ExecuteScalarAsync(ct) as string;
        return MicroOp.ReadOf(mop.Key, text is null ? [] : text.Split(Separator));
    }

    private static IsolationLevel Level(AppendIsolation isolation) => isolation switch
    {
        AppendIsolation.RepeatableRead => IsolationLevel.RepeatableRead,
        AppendIsolation.ReadCommitted => IsolationLevel.ReadCommitted,
        _ => IsolationLevel.Serializable,
    };

    public void Dispose() => _connection.Dispose();
}
