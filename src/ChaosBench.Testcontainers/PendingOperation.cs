using ChaosBench.Model.History;

namespace ChaosBench.Testcontainers;

/// <summary>An invoked operation waiting for its outcome; completing it twice throws.</summary>
public sealed class PendingOperation
{
    private readonly OperationRecorder _recorder;
    private int _completed;

    internal PendingOperation(OperationRecorder recorder, int process, string f, string? key, string? value)
    {
        _recorder = recorder;
        (Process, F, Key, Value) = (process, f, key, value);
    }

    /// <summary>The client that invoked it.</summary>
    public int Process { get; }

    /// <summary>Its function, e.g. <c>append</c>.</summary>
    public string F { get; }

    /// <summary>Its key or list.</summary>
    public string? Key { get; }

    /// <summary>What it wrote, or null for a read.</summary>
    public string? Value { get; }

    /// <summary>It happened; <paramref name="value"/> is what a read returned (a list as <see cref="ListFunctions"/> writes it).</summary>
    public void Ok(string? value = null) => Complete(OpType.Ok, value, null);

    /// <summary>It certainly did not happen (the server refused it).</summary>
    public void Fail(string error) => Complete(OpType.Fail, null, error);

    /// <summary>It may or may not have happened (a timeout, a lost connection).</summary>
    public void Info(string error) => Complete(OpType.Info, null, error);

    private void Complete(OpType type, string? value, string? error)
    {
        if (Interlocked.Exchange(ref _completed, 1) == 1)
        {
            throw new InvalidOperationException($"{F} {Key} by client {Process} was already completed");
        }

        _recorder.Complete(type, this, value, error);
    }
}
