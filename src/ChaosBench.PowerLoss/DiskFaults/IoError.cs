namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary><c>io-error</c>: the chosen calls fail with <see cref="Errno"/>, always or with <see cref="Probability"/>.</summary>
public sealed record IoError : DiskFault
{
    /// <summary>The calls that fail; default every one (read, write, fsync, open).</summary>
    public IoCalls Calls { get; init; } = IoCalls.All;

    /// <summary>The errno they fail with; default EIO.</summary>
    public int Errno { get; init; } = PowerLoss.Errno.EIo;

    /// <summary>The chance that a call fails, in (0, 1]; default 1 (always).</summary>
    public double Probability { get; init; } = 1;

    public override string Kind => "io-error";

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

        if (Errno <= 0)
        {
            yield return $"{Kind}: errno {Errno} is not an error; fix: a positive errno such as EIO (5)";
        }

        if (!(Probability > 0 && Probability <= 1))
        {
            yield return $"{Kind}: probability {Probability} is not in (0, 1]; fix: e.g. 0.1 for one call in ten";
        }
    }

    internal override int Apply(ActiveFault state, IoCalls call, ref long bytes)
    {
        if ((Calls & call) == 0)
        {
            return 0;
        }

        state.Matched();
        return Probability >= 1 || state.NextDouble() < Probability ? state.Fail(Errno) : 0;
    }

    internal override string Describe(DiskFaultReport report) =>
        $"{Kind} {PowerLoss.Errno.NameOf(Errno)} on {Listed(Calls)}{Scope}: {report.Failed} of {report.Calls} calls failed{First(report)}";
}
