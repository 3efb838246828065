namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary>
/// <c>reorder</c> (LazyFS's <c>torn-seq</c>): at the next cut, of the writes made since the last fsync (and since
/// the fault was injected), only a seed-chosen subset survives, each whole, as a disk that reorders its writes
/// between two flushes may leave them. Ends at that cut.
/// </summary>
public sealed record Reorder : DiskFault
{
    public override string Kind => "reorder";

    internal override int Apply(ActiveFault state, IoCalls call, ref long bytes) => 0;

    internal override string Describe(DiskFaultReport report) =>
        report.Reordered is { } cut ? $"{Kind}{Scope}: {cut}" : $"{Kind}{Scope}: no cut yet, nothing reordered";
}
