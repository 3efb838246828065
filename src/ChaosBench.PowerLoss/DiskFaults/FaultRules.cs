namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary>
/// The disk faults injected into one layer. Every read, write, fsync and open passes through <see cref="Before"/>;
/// with none injected that costs one volatile read (<c>bench/power-loss.sh</c> prints what it costs per call).
/// </summary>
internal sealed class FaultRules(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, ActiveFault> _ended = [];
    private ActiveFault[] _active = [];
    private int _nextId;

    /// <exception cref="ArgumentException">The fault's options are invalid; the message lists every problem.</exception>
    public int Add(DiskFault fault, Random random)
    {
        var problems = fault.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(fault));
        }

        lock (_gate)
        {
            var state = new ActiveFault(++_nextId, fault, random, time);
            Volatile.Write(ref _active, [.. _active, state]);
            return state.Id;
        }
    }

    /// <exception cref="ArgumentException">No fault <paramref name="id"/> was injected into this layer.</exception>
    public DiskFaultReport Report(int id)
    {
        lock (_gate)
        {
            return Find(id).Report();
        }
    }

    /// <summary>Ends fault <paramref name="id"/> (if it has not ended) and reports what it did.</summary>
    public DiskFaultReport Remove(int id)
    {
        lock (_gate)
        {
            var state = Find(id);
            End(state);
            return state.Report();
        }
    }

    /// <summary>Runs each fault covering the call, in the order they were injected; the first that fails it wins.</summary>
    public int Before(IoCalls call, string path, ref long bytes)
    {
        var active = Volatile.Read(ref _active);
        return active.Length == 0 ? 0 : Apply(active, call, path, ref bytes);
    }

    /// <summary>The <c>reorder</c> fault covering <paramref name="path"/>, if one is armed: the file's writes must be logged.</summary>
    public ActiveFault? ReorderOf(string path)
    {
        var active = Volatile.Read(ref _active);
        return active.Length == 0 ? null : Array.Find(active, a => a.Fault is Reorder && a.Fault.Covers(path));
    }

    /// <summary>True while a <c>reorder</c> fault waits for its cut.</summary>
    public bool ArmedReorders() => Array.Exists(Volatile.Read(ref _active), a => a.Fault is Reorder);

    /// <summary>A cut came: every <c>reorder</c> fault has acted, and ends.</summary>
    public void EndReorders()
    {
        lock (_gate)
        {
            foreach (var state in _active.Where(a => a.Fault is Reorder).ToList())
            {
                End(state);
            }
        }
    }

    private static int Apply(ActiveFault[] active, IoCalls call, string path, ref long bytes)
    {
        foreach (var state in active)
        {
            if (state.Fault.Covers(path) && state.Fault.Apply(state, call, ref bytes) is var result and not 0)
            {
                return result;
            }
        }

        return 0;
    }

    private ActiveFault Find(int id) =>
        Array.Find(_active, a => a.Id == id) ?? _ended.GetValueOrDefault(id) ?? throw new ArgumentException($"no disk fault {id} was injected into this layer", nameof(id));

    private void End(ActiveFault state)
    {
        if (state.Ended)
        {
            return;
        }

        state.Ended = true;
        _ended[state.Id] = state;
        Volatile.Write(ref _active, [.. _active.Where(a => a != state)]);
    }
}
