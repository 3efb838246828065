namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary>An injected fault's state on one layer: its random source, its counters and, for <c>disk-full</c>, the bytes it still took.</summary>
internal sealed class ActiveFault(int id, DiskFault fault, Random random, TimeProvider time)
{
    private long _calls;
    private long _failed;
    private long _delayed;
    private long _delayTicks;
    private DateTimeOffset? _firstFailure;

    public int Id { get; } = id;

    public DiskFault Fault { get; } = fault;

    /// <summary>Guards the random source and <see cref="Accepted"/>: FUSE calls arrive on many threads.</summary>
    public Lock Gate { get; } = new();

    public long Accepted { get; set; }

    public ReorderReport? Reordered { get; set; }

    public bool Ended { get; set; }

    public void Matched() => Interlocked.Increment(ref _calls);

    public double NextDouble()
    {
        lock (Gate)
        {
            return random.NextDouble();
        }
    }

    /// <summary>A fair coin: whether one logged write survives a reorder cut.</summary>
    public bool NextBool()
    {
        lock (Gate)
        {
            return random.Next(2) == 1;
        }
    }

    /// <summary>Counts a failed call and answers it with -<paramref name="errno"/>.</summary>
    public int Fail(int errno)
    {
        if (Interlocked.Increment(ref _failed) == 1)
        {
            lock (Gate)
            {
                _firstFailure ??= time.GetUtcNow();
            }
        }

        return -errno;
    }

    /// <summary>Holds the calling thread (a FUSE worker) for <paramref name="delay"/> on the layer's clock.</summary>
    public void Wait(TimeSpan delay)
    {
        // The timer starts before the call counts as delayed: whoever sees the count can move the clock past it.
        var waiting = Task.Delay(delay, time);
        Interlocked.Increment(ref _delayed);
        Interlocked.Add(ref _delayTicks, delay.Ticks);
        waiting.GetAwaiter().GetResult();
    }

    public DiskFaultReport Report()
    {
        lock (Gate)
        {
            return new DiskFaultReport(Id, Fault)
            {
                Calls = Interlocked.Read(ref _calls),
                Failed = Interlocked.Read(ref _failed),
                FirstFailureAt = _firstFailure,
                Delayed = Interlocked.Read(ref _delayed),
                TotalDelay = TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks)),
                Reordered = Reordered,
                Ended = Ended,
            };
        }
    }
}
