using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>
/// Hand-built register histories at whole-millisecond times, each operation on a process of its own unless given: a
/// write, read or compare-and-set with how it completed (<see cref="OpType.Invoke"/>: never completed).
/// </summary>
internal sealed class RegisterHistory
{
    private readonly List<(int At, Op Op)> _events = [];
    private int _nextProcess;

    public RegisterHistory Write(string value, int invokedMs, int completedMs, OpType outcome = OpType.Ok, string key = "k", int? process = null) =>
        Add(KvFunctions.Write, key, value, value, null, invokedMs, completedMs, outcome, process);

    /// <summary>A read that returned <paramref name="value"/> (null: absent) when <paramref name="outcome"/> is ok.</summary>
    public RegisterHistory Read(string? value, int invokedMs, int completedMs, OpType outcome = OpType.Ok, string key = "k", int? process = null) =>
        Add(KvFunctions.Read, key, null, outcome == OpType.Ok ? value : null, null, invokedMs, completedMs, outcome, process);

    public RegisterHistory FinalRead(string? value, int invokedMs, int completedMs, string key = "k") =>
        Add(KvFunctions.FinalRead, key, null, value, null, invokedMs, completedMs, OpType.Ok, null);

    public RegisterHistory Cas(string? expected, string value, int invokedMs, int completedMs, OpType outcome = OpType.Ok, string key = "k", int? process = null) =>
        Add(KvFunctions.Cas, key, value, value, expected, invokedMs, completedMs, outcome, process);

    /// <summary>The events in time order (invocations before completions at the same instant), indexed from 0.</summary>
    public List<Op> Ops() =>
        [.. _events.Select((e, order) => (e, order)).OrderBy(x => x.e.At).ThenBy(x => x.e.Op.Type == OpType.Invoke ? 0 : 1).ThenBy(x => x.order)
            .Select((x, index) => x.e.Op with { Index = index })];

    public History ToHistory() => ChaosBench.Model.History.History.Of(Ops());

    private RegisterHistory Add(string f, string key, string? invokeValue, string? completionValue, string? expected, int invokedMs, int completedMs, OpType outcome, int? process)
    {
        var p = process ?? _nextProcess++;
        _events.Add((invokedMs, new Op(0, TimeSpan.FromMilliseconds(invokedMs), OpType.Invoke, p, f, key, invokeValue) { Expected = expected }));
        if (outcome != OpType.Invoke)
        {
            var error = outcome == OpType.Ok ? null : "timed out";
            _events.Add((completedMs, new Op(0, TimeSpan.FromMilliseconds(completedMs), outcome, p, f, key, completionValue, error) { Expected = expected }));
        }

        return this;
    }
}
