namespace ChaosBench.Workloads;

/// <summary>
/// Drives real client operations against a product and records every one in the history. Client errors
/// become <c>fail</c> (certainly not applied) or <c>info</c> (indeterminate) ops; nothing is thrown.
/// </summary>
public interface IWorkload : IDisposable
{
    /// <summary>The scheme of the endpoints the workload is handed, e.g. <c>http</c> or <c>redis</c>.</summary>
    string Scheme { get; }

    /// <summary>The port clients connect to on each member of the target.</summary>
    int Port { get; }

    /// <summary>
    /// One write and read through every endpoint, retried for a few seconds; throws <see cref="SteadyStateException"/>
    /// when the product is still not serving.
    /// </summary>
    Task CheckSteadyStateAsync(WorkloadContext context, CancellationToken ct);

    /// <summary>Runs the clients until <paramref name="stop"/> fires; in-flight operations complete first.</summary>
    Task RunAsync(WorkloadContext context, CancellationToken stop);

    /// <summary>Reads back every key written, recording <c>final-read</c> ops for the checkers.</summary>
    Task FinalReadAsync(WorkloadContext context, CancellationToken ct);
}
