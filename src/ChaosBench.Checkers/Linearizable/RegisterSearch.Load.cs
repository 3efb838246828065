using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// Turning a key's operations into the search's problem. Failed operations never happened; a read that did not
/// return a value tells nothing. Two reductions keep indeterminate operations cheap, both exact. One whose value no
/// acknowledged read or compare-and-set saw, and no indeterminate compare-and-set expects, is dropped: taking effect
/// only hides the state from the operations after it until the next write, none of which needed its value, so a
/// linearization with it is one without it (with the indeterminate compare-and-sets it disabled moved to the end).
/// One whose value nothing else writes, and that an acknowledged operation saw, must have taken effect before the
/// first such observer completed, so it gets that completion.
/// </summary>
internal sealed partial class RegisterSearch
{
    private int _count;
    private RegisterKind[] _kind = [];
    private int[] _value = [];
    private int[] _expected = [];
    private int[] _source = [];
    private bool[] _indeterminate = [];
    private long[] _invoked = [];
    private long[] _returned = [];
    private bool[] _producible = [];
    private long[] _firstObserver = [];
    private bool[] _observed = [];
    private int[] _producers = [];
    private int _initial;

    /// <summary>The operations loaded, as indexes into the key's operations.</summary>
    public IEnumerable<int> Loaded => _source.Take(_count);

    /// <summary>
    /// Loads <paramref name="key"/>: only what was invoked by <paramref name="truncateAt"/>, an acknowledged operation
    /// completing later (or the one numbered <paramref name="open"/>) being still open there; and without the
    /// acknowledged operations that completed before <paramref name="cutAt"/>, the key then starting from any value it
    /// can hold (<paramref name="fromAny"/>).
    /// </summary>
    public void Load(KeyHistory key, long truncateAt = long.MaxValue, long cutAt = long.MinValue, bool fromAny = false, int open = -1)
    {
        var ops = key.Operations;
        Reserve(ops.Count, key.ValueCount);
        Array.Fill(_firstObserver, long.MaxValue, 0, key.ValueCount);
        Array.Clear(_observed, 0, key.ValueCount);
        Array.Clear(_producers, 0, key.ValueCount);
        var n = 0;
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Outcome == OpType.Fail || op.Invoked > truncateAt)
            {
                continue;
            }

            if (op.Kind != RegisterKind.Read)
            {
                // Counted before the cut: a value written before it may be the one the key holds there.
                _producers[key.ValueIds[i]]++;
            }

            var acknowledged = op.Outcome == OpType.Ok && op.Returned <= truncateAt && i != open;
            if ((acknowledged && op.Returned < cutAt) || (op.Kind == RegisterKind.Read && !acknowledged))
            {
                continue;
            }

            (_kind[n], _value[n], _expected[n], _source[n]) = (op.Kind, key.ValueIds[i], key.ExpectedIds[i], i);
            (_invoked[n], _returned[n], _indeterminate[n]) = (op.Invoked, acknowledged ? op.Returned : long.MaxValue, !acknowledged);
            if (op.Kind != RegisterKind.Write)
            {
                var seen = op.Kind == RegisterKind.Read ? _value[n] : _expected[n];
                _observed[seen] = true;
                _firstObserver[seen] = acknowledged ? Math.Min(_firstObserver[seen], op.Returned) : _firstObserver[seen];
            }

            n++;
        }

        _count = 0;
        for (var j = 0; j < n; j++)
        {
            if (_indeterminate[j] && !_observed[_value[j]])
            {
                continue;
            }

            if (_indeterminate[j] && _producers[_value[j]] == 1 && _firstObserver[_value[j]] != long.MaxValue)
            {
                _returned[j] = Math.Max(_invoked[j], _firstObserver[_value[j]]);
            }

            Move(j, _count++);
        }

        Array.Copy(key.Producible, _producible, key.ValueCount);
        _initial = fromAny ? KeyHistory.Any : KeyHistory.Absent;
        LinkEntries();
    }

    private void Move(int from, int to)
    {
        (_kind[to], _value[to], _expected[to], _source[to]) = (_kind[from], _value[from], _expected[from], _source[from]);
        (_invoked[to], _returned[to], _indeterminate[to]) = (_invoked[from], _returned[from], _indeterminate[from]);
    }

    private void Reserve(int ops, int values)
    {
        if (_kind.Length < ops)
        {
            var size = Math.Max(ops, _kind.Length * 2);
            (_kind, _value, _expected, _source) = (new RegisterKind[size], new int[size], new int[size], new int[size]);
            (_indeterminate, _invoked, _returned) = (new bool[size], new long[size], new long[size]);
            (_stackEntry, _stackState) = (new int[size], new int[size]);
            ReserveEntries(size);
        }

        if (_producible.Length < values)
        {
            var size = Math.Max(values, _producible.Length * 2);
            (_producible, _firstObserver, _observed, _producers) = (new bool[size], new long[size], new bool[size], new int[size]);
        }
    }
}
