namespace ChaosBench.Workloads;

/// <summary>
/// A client error after which the operation certainly did not take effect: no connection was made, or a
/// transaction broke before its commit was sent. <see cref="OpOutcome"/> records it as <c>fail</c>; every
/// other client error is <c>info</c>.
/// </summary>
public sealed class NotAppliedException(Uri endpoint, Exception inner)
    : Exception($"{endpoint.Host}: not applied: {inner.Message}", inner)
{
    /// <summary>Where the operation was headed.</summary>
    public Uri Endpoint { get; } = endpoint;
}
