using ChaosBench.Model.History;

namespace ChaosBench.Workloads;

/// <summary>
/// One connection to one member of a transactional product, as the clients of a list-append workload drive it: the
/// built-in <c>postgresql-append</c>, and a team's own through <see cref="AppendWorkload"/>. It is opened at one
/// <see cref="AppendIsolation"/> and used by one client at a time; after an error it does not <see cref="Survives"/>,
/// the client disposes of it and connects again.
/// </summary>
public interface IAppendConnection : IDisposable
{
    /// <summary>Before any fault: checks the product answers, and creates what the transactions need (a table of lists).</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>
    /// Runs <paramref name="mops"/> (<see cref="MicroOp.AppendOf"/> an element to a list, <see cref="MicroOp.ReadOf"/>
    /// a whole list) in one transaction, and returns them once COMMIT has returned, each read with the list's elements
    /// in order (an empty list where no append reached it yet). Throws <see cref="NotAppliedException"/> when the
    /// transaction certainly rolled back: any error before COMMIT was sent, and an answer to COMMIT that says it
    /// rolled back. Any other error leaves it indeterminate: the product may have committed and lost only the answer.
    /// </summary>
    Task<IReadOnlyList<MicroOp>> RunAsync(IReadOnlyList<MicroOp> mops, CancellationToken ct);

    /// <summary>
    /// Whether the connection is fit for the next transaction after <paramref name="error"/>, thrown by
    /// <see cref="RunAsync"/>: true only for an error the product answered and after which the session is as it was
    /// (a serialization failure, a deadlock); anything else may have left it anywhere, and the client reconnects.
    /// </summary>
    bool Survives(Exception error);
}
