namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// Lowe's memoization: the (linearized set, state) configurations the search has already been in. A set is kept as
/// two independent 64-bit Zobrist hashes (the XOR of a random number per operation), so adding an operation costs
/// two XORs instead of copying a bitset. Two different sets share both hashes with probability 2^-128: over the
/// millions of configurations a search holds, less than 10^-25 that a configuration is wrongly taken as seen.
/// Open addressing over flat arrays; <see cref="Clear"/> moves to a new generation instead of wiping them, so one
/// table serves many small keys in turn.
/// </summary>
internal sealed class MemoTable
{
    private ulong[] _a = new ulong[1024];
    private ulong[] _b = new ulong[1024];
    private int[] _state = new int[1024];
    private int[] _generationOf = new int[1024];
    private int _generation = 1;

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_generationOf);
            _generation = 1;
        }
    }

    /// <summary>Adds the configuration; false when it was already there.</summary>
    public bool Add(ulong a, ulong b, int state)
    {
        if ((Count + 1) * 2 > _a.Length)
        {
            Grow();
        }

        var mask = _a.Length - 1;
        var slot = Slot(a, state, mask);
        while (_generationOf[slot] == _generation)
        {
            if (_a[slot] == a && _b[slot] == b && _state[slot] == state)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        Put(slot, a, b, state);
        Count++;
        return true;
    }

    private static int Slot(ulong a, int state, int mask) => (int)((a ^ ((ulong)(uint)state * 0x9E3779B97F4A7C15UL)) >> 20) & mask;

    private void Put(int slot, ulong a, ulong b, int state)
    {
        _a[slot] = a;
        _b[slot] = b;
        _state[slot] = state;
        _generationOf[slot] = _generation;
    }

    private void Grow()
    {
        var (a, b, state, generationOf) = (_a, _b, _state, _generationOf);
        var size = a.Length * 2;
        (_a, _b, _state, _generationOf) = (new ulong[size], new ulong[size], new int[size], new int[size]);
        var mask = size - 1;
        for (var i = 0; i < a.Length; i++)
        {
            if (generationOf[i] == _generation)
            {
                var slot = Slot(a[i], state[i], mask);
                while (_generationOf[slot] == _generation)
                {
                    slot = (slot + 1) & mask;
                }

                Put(slot, a[i], b[i], state[i]);
            }
        }
    }
}
