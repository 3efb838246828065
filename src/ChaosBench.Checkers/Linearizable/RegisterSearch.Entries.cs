namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// The search's two doubly linked lists, Lowe's representation: every acknowledged operation's invocation and
/// completion by time (an invocation before a completion at the same instant: those operations overlap), and the
/// indeterminate operations' invocations alone. Placing an operation unlinks its entries; undoing relinks them in
/// reverse order, so each is O(1).
/// </summary>
internal sealed partial class RegisterSearch
{
    private int[] _next = [];
    private int[] _prev = [];
    private int[] _entryOp = [];

    /// <summary>An invocation's completion entry, a completion's invocation entry; -1 for indeterminate invocations.</summary>
    private int[] _partner = [];

    private long[] _time = [];
    private long[] _sortKeys = [];
    private int[] _sortItems = [];
    private int[] _invocationEntry = [];
    private int _headF;
    private int _headI;

    private void LinkEntries()
    {
        var acknowledged = 0;
        for (var op = 0; op < _count; op++)
        {
            if (_returned[op] != long.MaxValue)
            {
                _sortKeys[acknowledged] = _invoked[op] * 2;
                _sortItems[acknowledged++] = op * 2;
                _sortKeys[acknowledged] = (_returned[op] * 2) + 1;
                _sortItems[acknowledged++] = (op * 2) + 1;
            }
        }

        Array.Sort(_sortKeys, _sortItems, 0, acknowledged);
        for (var entry = 0; entry < acknowledged; entry++)
        {
            var op = _sortItems[entry] >> 1;
            (_entryOp[entry], _time[entry]) = (op, _sortKeys[entry] >> 1);
            if ((_sortItems[entry] & 1) == 0)
            {
                _invocationEntry[op] = entry;
            }
            else
            {
                (_partner[entry], _partner[_invocationEntry[op]]) = (_invocationEntry[op], entry);
            }
        }

        var indeterminate = 0;
        for (var op = 0; op < _count; op++)
        {
            if (_returned[op] == long.MaxValue)
            {
                _sortKeys[indeterminate] = _invoked[op];
                _sortItems[indeterminate++] = op;
            }
        }

        Array.Sort(_sortKeys, _sortItems, 0, indeterminate);
        for (var k = 0; k < indeterminate; k++)
        {
            var entry = acknowledged + k;
            (_entryOp[entry], _time[entry], _partner[entry]) = (_sortItems[k], _sortKeys[k], -1);
        }

        (_headF, _headI) = (acknowledged + indeterminate, acknowledged + indeterminate + 1);
        Chain(_headF, 0, acknowledged);
        Chain(_headI, acknowledged, indeterminate);
    }

    /// <summary>Links <paramref name="length"/> entries from <paramref name="first"/> into a ring through <paramref name="head"/>.</summary>
    private void Chain(int head, int first, int length)
    {
        _partner[head] = -1;
        var previous = head;
        for (var entry = first; entry < first + length; entry++)
        {
            (_prev[entry], _next[previous]) = (previous, entry);
            previous = entry;
        }

        (_next[previous], _prev[head]) = (head, previous);
    }

    private void Lift(int entry)
    {
        Unlink(entry);
        if (_partner[entry] >= 0)
        {
            Unlink(_partner[entry]);
        }
    }

    private void Unlift(int entry)
    {
        if (_partner[entry] >= 0)
        {
            Relink(_partner[entry]);
        }

        Relink(entry);
    }

    private void Unlink(int entry)
    {
        _next[_prev[entry]] = _next[entry];
        _prev[_next[entry]] = _prev[entry];
    }

    private void Relink(int entry)
    {
        _next[_prev[entry]] = entry;
        _prev[_next[entry]] = entry;
    }

    private void ReserveEntries(int ops)
    {
        var entries = (2 * ops) + 2;
        (_next, _prev, _entryOp, _partner, _time) = (new int[entries], new int[entries], new int[entries], new int[entries], new long[entries]);
        (_sortKeys, _sortItems, _invocationEntry) = (new long[entries], new int[entries], new int[ops]);
    }
}
