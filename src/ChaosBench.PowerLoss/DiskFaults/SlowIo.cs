namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary><c>slow-io</c>: each of the chosen calls waits <see cref="Delay"/> plus up to <see cref="Jitter"/> before it runs.</summary>
public sealed record SlowIo : DiskFault
{
    /// <summary>The calls that wait; default every one (read, write, fsync, open).</summary>
    public IoCalls Calls { get; init; } = IoCalls.All;

    /// <summary>How long each waits at least.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Up to this much more, uniformly drawn per call; default none.</summary>
    public TimeSpan Jitter { get; init; }

    public override string Kind => "slow-io";

    internal override IEnumerable<string> Problems()
    {
        foreach (var problem in base.Problems())
        {
            yield return problem;
        }

        if (CallsProblem(Calls) is { } calls)
        {
            yield return calls;
        }

        if (Delay < TimeSpan.Zero || Jitter < TimeSpan.Zero || Delay + Jitter == TimeSpan.Zero)
        {
            yield return $"{Kind}: delay {Delay.TotalMilliseconds} ms + jitter {Jitter.TotalMilliseconds} ms delays nothing; fix: a positive delay, e.g. 50ms";
        }
    }

    internal override int Apply(ActiveFault state, IoCalls call, ref long bytes)
    {
        if ((Calls & call) == 0)
        {
            return 0;
        }

        state.Matched();
        state.Wait(Delay + (Jitter * state.NextDouble()));
        return 0;
    }

    internal override string Describe(DiskFaultReport report) =>
        $"{Kind} on {Listed(Calls)}{Scope}: {report.Delayed} of {report.Calls} calls delayed, {report.TotalDelay.TotalSeconds:0.###} s in all";
}
