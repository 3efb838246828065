namespace ChaosBench.Model.History;

/// <summary>
/// One event in a history, as Jepsen records them: a client <see cref="OpType.Invoke"/>s an operation, then
/// it completes as <see cref="OpType.Ok"/>, <see cref="OpType.Fail"/> (certainly not applied) or
/// <see cref="OpType.Info"/> (indeterminate: it may or may not have been applied).
/// </summary>
/// <param name="Index">Position in the history.</param>
/// <param name="Time">Since the run started, on the same clock as the run's timeline.</param>
/// <param name="Type">Invoke, or how the operation completed.</param>
/// <param name="Process">The client that issued it.</param>
/// <param name="F">The function: <c>write</c>, <c>read</c>, <c>cas</c> (<see cref="KvFunctions"/>).</param>
/// <param name="Key">The key operated on.</param>
/// <param name="Value">The value written (a <c>cas</c>'s new value), or read (on completion).</param>
/// <param name="Error">Why it failed or is indeterminate.</param>
public sealed partial record Op(long Index, TimeSpan Time, OpType Type, int Process, string F, string? Key, string? Value, string? Error = null)
{
    /// <summary>
    /// A compare-and-set's old value: the <c>cas</c> writes <see cref="Value"/> only where the key holds this one (null:
    /// the key is absent). Null on every other function. An init-only member, so every op without it is written as before.
    /// </summary>
    public string? Expected { get; init; }
}

/// <summary>Whether an op is an invocation or a completion, and how it completed.</summary>
public enum OpType
{
    Invoke,
    Ok,
    Fail,
    Info,
}
