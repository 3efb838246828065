using ChaosBench.Model.History;

namespace ChaosBench.Testcontainers;

/// <summary>
/// The history a test's own client code writes: <see cref="Invoke"/> before a call, then <see cref="PendingOperation.Ok"/>,
/// <see cref="PendingOperation.Fail"/> (it certainly did not happen) or <see cref="PendingOperation.Info"/> (it may have:
/// a timeout, a dropped connection). Times are taken from the session's clock. Thread-safe.
/// </summary>
public sealed class OperationRecorder
{
    private readonly TimeProvider _time;
    private readonly long _start;

    internal OperationRecorder(TimeProvider time)
    {
        _time = time;
        _start = time.GetTimestamp();
    }

    /// <summary>Everything recorded so far, in the order it was recorded.</summary>
    public History History { get; } = new();

    /// <summary>Time since the session started, the zero of the history and of the fault timeline.</summary>
    public TimeSpan Now => _time.GetElapsedTime(_start);

    /// <summary>
    /// Records the start of an operation by client <paramref name="process"/>: <paramref name="f"/> is its function in
    /// the history's vocabulary (<c>write</c>/<c>read</c> on keys, <c>append</c> on lists, <c>final-read</c> and
    /// <c>final-read-list</c> after the faults, as <see cref="KvFunctions"/> and <see cref="ListFunctions"/> name them).
    /// </summary>
    public PendingOperation Invoke(int process, string f, string? key, string? value)
    {
        History.Append(Now, OpType.Invoke, process, f, key, value);
        return new PendingOperation(this, process, f, key, value);
    }

    internal void Complete(OpType type, PendingOperation op, string? value, string? error) =>
        History.Append(Now, type, op.Process, op.F, op.Key, value ?? op.Value, error);
}
