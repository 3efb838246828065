namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// The Wing–Gong–Lowe search for one key: repeatedly take an operation that may go next (invoked before any pending
/// operation completed), apply it to the register, and go deeper; when the earliest pending completion is reached
/// with nothing left to try, undo the last choice and try the next. A configuration (linearized set, state) seen
/// before is not searched again (<see cref="MemoTable"/>). Indeterminate operations (+∞ completion) are tried only
/// after every acknowledged candidate: they are rarely what a read needs, and trying them first makes the search
/// wander. Everything lives in flat arrays reused from key to key: a step allocates nothing.
/// </summary>
internal sealed partial class RegisterSearch
{
    private readonly MemoTable _memo = new();
    private int[] _stackEntry = [];
    private int[] _stackState = [];

    /// <summary>Configurations recorded by the last <see cref="Run"/>: its cost.</summary>
    public int Explored => _memo.Count;

    /// <summary>
    /// Searches the loaded key. With <paramref name="watch"/> (an index into the key's operations), every state in which
    /// that operation was tried is added to <paramref name="seen"/>: when the search fails it has tried every
    /// configuration, so these are all the states the operation could have met.
    /// </summary>
    public SearchOutcome Run(Deadline deadline, int watch = -1, HashSet<int>? seen = null)
    {
        _memo.Clear();
        var state = _initial;
        ulong h1 = 0, h2 = 0;
        var depth = 0;
        var cursor = _next[_headF];
        var amongIndeterminate = false;
        var limit = 0L;
        for (var iteration = 0; ; iteration++)
        {
            if (_next[_headF] == _headF)
            {
                // Every acknowledged operation is placed; the indeterminate ones left may never have taken effect.
                return SearchOutcome.Linearizable;
            }

            if ((iteration & 1023) == 0 && deadline.Expired)
            {
                return SearchOutcome.OutOfBudget;
            }

            if (amongIndeterminate || _partner[cursor] < cursor)
            {
                if (!amongIndeterminate)
                {
                    // The earliest pending completion: no acknowledged candidate is left; an indeterminate operation
                    // invoked before it may still go here.
                    amongIndeterminate = true;
                    limit = _time[cursor];
                    cursor = _next[_headI];
                }

                if (cursor == _headI || _time[cursor] > limit)
                {
                    if (depth == 0)
                    {
                        return SearchOutcome.NotLinearizable;
                    }

                    var undone = _stackEntry[--depth];
                    state = _stackState[depth];
                    h1 ^= Z1(_entryOp[undone]);
                    h2 ^= Z2(_entryOp[undone]);
                    Unlift(undone);
                    cursor = _next[undone];
                    amongIndeterminate = _partner[undone] < 0;
                    limit = amongIndeterminate ? FirstCompletion() : 0;
                    continue;
                }
            }

            var op = _entryOp[cursor];
            if (_source[op] == watch)
            {
                seen!.Add(state);
            }

            if (Step(op, state, out var after) && _memo.Add(h1 ^ Z1(op), h2 ^ Z2(op), after))
            {
                _stackEntry[depth] = cursor;
                _stackState[depth++] = state;
                state = after;
                h1 ^= Z1(op);
                h2 ^= Z2(op);
                Lift(cursor);
                cursor = _next[_headF];
                amongIndeterminate = false;
            }
            else
            {
                cursor = _next[cursor];
            }
        }
    }

    /// <summary>The register's semantics; <see cref="KeyHistory.Any"/> stands for any value the key can hold.</summary>
    private bool Step(int op, int state, out int after)
    {
        after = state;
        var value = _value[op];
        switch (_kind[op])
        {
            case RegisterKind.Write:
                after = value;
                return true;
            case RegisterKind.Read:
                if (state == KeyHistory.Any && _producible[value])
                {
                    after = value;
                    return true;
                }

                return state == value;
            default:
                var expected = _expected[op];
                if (state == KeyHistory.Any)
                {
                    // An indeterminate compare-and-set from an unknown state may or may not apply: still unknown.
                    after = _indeterminate[op] ? state : value;
                    return _indeterminate[op] || _producible[expected];
                }

                if (state == expected)
                {
                    after = value;
                    return true;
                }

                // A compare-and-set that did not match changed nothing: fine if its outcome is unknown, impossible if acknowledged.
                return _indeterminate[op];
        }
    }

    /// <summary>When the earliest pending acknowledged operation completed: indeterminate ones invoked later cannot go first.</summary>
    private long FirstCompletion()
    {
        var entry = _next[_headF];
        while (_partner[entry] > entry)
        {
            entry = _next[entry];
        }

        return _time[entry];
    }

    private static ulong Z1(int op) => Mix((ulong)op + 0x9E3779B97F4A7C15UL);

    private static ulong Z2(int op) => Mix((ulong)op + 0x3C6EF372FE94F82AUL);

    /// <summary>SplitMix64's finalizer: distinct inputs give independent-looking 64-bit outputs.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
