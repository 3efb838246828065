using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>One operation as a violation shows it: an invocation with its completion, if any.</summary>
/// <param name="Index">The invocation's index in the history.</param>
/// <param name="Process">The client that made it.</param>
/// <param name="F"><c>read</c>, <c>write</c> or <c>cas</c> (a <c>final-read</c> is shown as it was recorded).</param>
/// <param name="Value">What a read returned (null: absent), what a write wrote, a compare-and-set's new value.</param>
/// <param name="Expected">A compare-and-set's old value; null otherwise.</param>
/// <param name="Invoked">When it was invoked.</param>
/// <param name="Completed">When it completed; null when it never did.</param>
/// <param name="Outcome"><see cref="OpType.Ok"/>, <see cref="OpType.Info"/> (indeterminate, or never completed) or
/// <see cref="OpType.Fail"/>.</param>
public sealed record ViolationOp(long Index, int Process, string F, string? Value, string? Expected, TimeSpan Invoked, TimeSpan? Completed, OpType Outcome)
{
    /// <summary><c>p2 read k1 → v1</c>-like text: process, function and values, without times.</summary>
    public string Label => F switch
    {
        KvFunctions.Cas => $"p{Process} cas {Show(Expected)}→{Show(Value)}",
        KvFunctions.Write => $"p{Process} write {Show(Value)}",
        _ => $"p{Process} {F} → {Show(Value)}",
    } + (Outcome == OpType.Ok ? string.Empty : $" ({Outcome.ToString().ToLowerInvariant()})");

    /// <summary>A value as the summaries show it: quoted, or <c>absent</c>.</summary>
    public static string Show(string? value) => value is null ? "absent" : $"\"{value}\"";
}
