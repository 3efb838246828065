using ChaosBench.Workloads;
using MySqlConnector;

namespace ChaosBench.QaSample.Kinds.MariaDbKv;

/// <summary>
/// One connection to MariaDB as the user the sample's recipe creates. A statement runs in autocommit: once sent, an
/// error or a timeout leaves it indeterminate (MariaDB may have committed it and lost only the answer); only a
/// connection that never opened is certainly not applied.
/// </summary>
internal sealed class MariaDbConnection : ICasConnection
{
    private readonly MySqlConnection _connection;

    private MariaDbConnection(MySqlConnection connection) => _connection = connection;

    /// <summary>Opens within a second; a refusal or the timeout is <see cref="NotAppliedException"/>, since nothing was sent.</summary>
    public static async Task<IKvConnection> OpenAsync(Uri endpoint, CancellationToken ct)
    {
        // Commands wait 8 s, longer than the negative control's 4 s pause, so the writes it holds are acknowledged late, not timed out.
        var login = MariaDbLogin.For(endpoint, connectSeconds: 1, commandSeconds: 8);

        // UPDATE answers the rows it changed, not the rows it matched: what a compare-and-set needs to tell a miss.
        login.UseAffectedRows = true;
        var connection = new MySqlConnection(login.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return new MariaDbConnection(connection);
        }
        catch (Exception e) when (e is MySqlException or IOException or TimeoutException && !ct.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            throw new NotAppliedException(endpoint, e);
        }
    }

    public Task PrepareAsync(CancellationToken ct) =>
        ExecuteAsync("CREATE TABLE IF NOT EXISTS chaosbench_kv (k VARCHAR(64) PRIMARY KEY, v VARCHAR(255) NOT NULL) ENGINE=InnoDB", ct);

    public Task WriteAsync(string key, string value, CancellationToken ct) =>
        ExecuteAsync("INSERT INTO chaosbench_kv (k, v) VALUES (@k, @v) ON DUPLICATE KEY UPDATE v = VALUES(v)", ct, ("@k", key), ("@v", value));

    public async Task<string?> ReadAsync(string key, CancellationToken ct)
    {
        await using var command = Command("SELECT v FROM chaosbench_kv WHERE k = @k", ("@k", key));
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task<bool> CasAsync(string key, string? expected, string value, CancellationToken ct) =>
        expected is null
            ? await ExecuteAsync("INSERT IGNORE INTO chaosbench_kv (k, v) VALUES (@k, @v)", ct, ("@k", key), ("@v", value)) == 1
            : await ExecuteAsync("UPDATE chaosbench_kv SET v = @v WHERE k = @k AND v = @old", ct, ("@k", key), ("@v", value), ("@old", expected)) == 1;

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, string Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private MySqlCommand Command(string sql, params (string Name, string Value)[] parameters)
    {
        var command = new MySqlCommand(sql, _connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public void Dispose() => _connection.Dispose();
}
