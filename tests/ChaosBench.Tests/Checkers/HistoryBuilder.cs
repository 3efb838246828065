using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers;

/// <summary>Hand-built histories: writes, set adds, list appends and final reads at whole-millisecond times.</summary>
internal sealed class HistoryBuilder
{
    private readonly History _history = new();

    public HistoryBuilder Write(int process, string key, string value, int invokedMs, int completedMs, OpType outcome = OpType.Ok)
    {
        _history.Append(TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, process, "write", key, value);
        _history.Append(TimeSpan.FromMilliseconds(completedMs), outcome, process, "write", key, value, outcome == OpType.Ok ? null : "boom");
        return this;
    }

    /// <summary>A read during the run, completed with <paramref name="value"/> (null: absent) when it is <c>ok</c>.</summary>
    public HistoryBuilder Read(int process, string key, string? value, int invokedMs, int completedMs, OpType outcome = OpType.Ok)
    {
        _history.Append(TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, process, KvFunctions.Read, key, null);
        _history.Append(TimeSpan.FromMilliseconds(completedMs), outcome, process, KvFunctions.Read, key, outcome == OpType.Ok ? value : null, outcome == OpType.Ok ? null : "boom");
        return this;
    }

    /// <summary>A compare-and-set of <paramref name="expected"/> to <paramref name="value"/>; <c>fail</c> when the compare did not hold.</summary>
    public HistoryBuilder Cas(int process, string key, string? expected, string value, int invokedMs, int completedMs, OpType outcome = OpType.Ok)
    {
        _history.Append(TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, process, KvFunctions.Cas, key, value, expected: expected);
        _history.Append(TimeSpan.FromMilliseconds(completedMs), outcome, process, KvFunctions.Cas, key, value, outcome == OpType.Ok ? null : "boom", expected);
        return this;
    }

    /// <summary>A write whose client never heard back.</summary>
    public HistoryBuilder Pending(int process, string key, string value, int invokedMs)
    {
        _history.Append(TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, process, "write", key, value);
        return this;
    }

    public HistoryBuilder FinalRead(string key, string? value, int atMs = 10_000)
    {
        _history.Append(TimeSpan.FromMilliseconds(atMs), OpType.Invoke, 99, "final-read", key, null);
        _history.Append(TimeSpan.FromMilliseconds(atMs + 1), OpType.Ok, 99, "final-read", key, value);
        return this;
    }

    /// <summary>A set add; an <see cref="OpType.Invoke"/> outcome leaves it pending.</summary>
    public HistoryBuilder Add(int process, string set, string element, int invokedMs, int completedMs, OpType outcome = OpType.Ok)
    {
        _history.Append(TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, process, SetFunctions.Add, set, element);
        if (outcome != OpType.Invoke)
        {
            _history.Append(TimeSpan.FromMilliseconds(completedMs), outcome, process, SetFunctions.Add, set, element, outcome == OpType.Ok ? null : "boom");
        }

        return this;
    }

    public HistoryBuilder FinalReadSet(string set, params string[] members)
    {
        _history.Append(TimeSpan.FromMilliseconds(10_000), OpType.Invoke, 99, SetFunctions.FinalRead, set, null);
        _history.Append(TimeSpan.FromMilliseconds(10_001), OpType.Ok, 99, SetFunctions.FinalRead, set, SetFunctions.Join(members));
        return this;
    }

    /// <summary>A list append; an <see cref="OpType.Invoke"/> outcome leaves it pending.</summary>
    public HistoryBuilder Append(int process, string list, string element, int invokedMs, int completedMs, OpType outcome = OpType.Ok)
    {
        _history.Append(TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, process, ListFunctions.Append, list, element);
        if (outcome != OpType.Invoke)
        {
            _history.Append(TimeSpan.FromMilliseconds(completedMs), outcome, process, ListFunctions.Append, list, element, outcome == OpType.Ok ? null : "boom");
        }

        return this;
    }

    /// <summary>The list's elements after recovery, in the order given.</summary>
    public HistoryBuilder FinalReadList(string list, params string[] elements)
    {
        _history.Append(TimeSpan.FromMilliseconds(10_000), OpType.Invoke, 99, ListFunctions.FinalRead, list, null);
        _history.Append(TimeSpan.FromMilliseconds(10_001), OpType.Ok, 99, ListFunctions.FinalRead, list, ListFunctions.Join(elements));
        return this;
    }

    public History Build() => _history;
}
