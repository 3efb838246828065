namespace ChaosBench.Workloads;

/// <summary>
/// One connection to one member of a key-value product, as the clients of a register workload drive it: the
/// built-in ones, and a team's own through <see cref="KvWorkload"/>. Used by one client at a time; after any error
/// the client disposes of it and connects again.
/// </summary>
public interface IKvConnection : IDisposable
{
    /// <summary>Before any fault: checks the product answers, and creates what the writes need (a table).</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>
    /// Returns once the product acknowledged the write. Throws <see cref="NotAppliedException"/> when the write
    /// certainly did not happen; any other error leaves it indeterminate.
    /// </summary>
    Task WriteAsync(string key, string value, CancellationToken ct);

    /// <summary>The key's value, or null when the product has no such key.</summary>
    Task<string?> ReadAsync(string key, CancellationToken ct);
}
