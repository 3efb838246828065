namespace ChaosBench.Workloads;

/// <summary>A connection that can also compare-and-set, for the register workloads' <c>cas</c> share.</summary>
public interface ICasConnection : IKvConnection
{
    /// <summary>
    /// Sets <paramref name="key"/> to <paramref name="value"/> only where it holds <paramref name="expected"/> (null: the
    /// key is absent), atomically. True when it was set, false when the key held something else; errors as
    /// <see cref="IKvConnection.WriteAsync"/>.
    /// </summary>
    Task<bool> CasAsync(string key, string? expected, string value, CancellationToken ct);
}
