namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// The search's budget, shared by every key searched at once. Running out is an answer (unknown); the caller's
/// cancellation is not, and is thrown.
/// </summary>
internal sealed class Deadline(TimeProvider clock, TimeSpan budget, CancellationToken cancellation)
{
    private readonly long _start = clock.GetTimestamp();

    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public bool Expired
    {
        get
        {
            cancellation.ThrowIfCancellationRequested();
            return clock.GetElapsedTime(_start) > budget;
        }
    }
}
