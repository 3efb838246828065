using ChaosBench.Model.History;

namespace ChaosBench.Reports.Elle;

/// <summary>
/// Jepsen's rule that a process is single-threaded and never invokes again after an indeterminate operation: a
/// client whose op completed <c>info</c>, or who invokes while an earlier invocation is still open, goes on as
/// process <c>p + n</c> (then <c>p + 2n</c>...), with <c>n</c> one more than the highest process number, so that
/// <c>p mod n</c> still names the client. Every other op keeps its number.
/// </summary>
internal sealed class ProcessRenumbering(IReadOnlyList<Op> ops)
{
    private readonly int _stride = ops.Count == 0 ? 1 : ops.Max(o => o.Process) + 1;
    private readonly Dictionary<int, int> _current = [];
    private readonly HashSet<int> _open = [];

    /// <summary>The number <paramref name="op"/> is exported under; call once per op, in history order.</summary>
    public int Of(Op op)
    {
        var process = _current.GetValueOrDefault(op.Process, op.Process);
        if (op.Type == OpType.Invoke)
        {
            if (!_open.Add(op.Process))
            {
                process = Crash(op.Process, process);
            }

            return process;
        }

        _open.Remove(op.Process);
        if (op.Type == OpType.Info)
        {
            Crash(op.Process, process);
        }

        return process;
    }

    private int Crash(int client, int process) => _current[client] = process + _stride;
}
