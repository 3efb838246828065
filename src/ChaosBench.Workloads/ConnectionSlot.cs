namespace ChaosBench.Workloads;

/// <summary>
/// A client's one connection, kept across operations to the same member and dropped after any error: a
/// connection in an unknown state (a late reply, a half-done transaction) is never reused, and none
/// outlives the client.
/// </summary>
internal sealed class ConnectionSlot<T>(Func<Uri, CancellationToken, Task<T>> connect) : IDisposable
    where T : class, IDisposable
{
    private T? _connection;
    private Uri? _endpoint;

    /// <summary>The connection to <paramref name="endpoint"/>, made now when there is none to it.</summary>
    public async Task<T> ToAsync(Uri endpoint, CancellationToken ct)
    {
        if (_connection is null || _endpoint != endpoint)
        {
            Drop();
            _connection = await connect(endpoint, ct);
            _endpoint = endpoint;
        }

        return _connection;
    }

    public void Drop()
    {
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose() => Drop();
}
