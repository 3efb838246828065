namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary><c>disk-full</c>: writes and <c>fallocate</c> fail with ENOSPC, at once or once <see cref="AfterBytes"/> more bytes were written (the write that crosses the line is cut short, as on a full disk).</summary>
public sealed record DiskFull : DiskFault
{
    /// <summary>Bytes still accepted before the disk is full; null (the default): full at once.</summary>
    public long? AfterBytes { get; init; }

    public override string Kind => "disk-full";

    internal override IEnumerable<string> Problems() =>
        AfterBytes < 0 ? [.. base.Problems(), $"{Kind}: after {AfterBytes} bytes is negative; fix: 0 or more"] : base.Problems();

    internal override int Apply(ActiveFault state, IoCalls call, ref long bytes)
    {
        if (call != IoCalls.Write)
        {
            return 0;
        }

        state.Matched();
        if (AfterBytes is { } limit)
        {
            lock (state.Gate)
            {
                var room = limit - state.Accepted;
                if (room > 0)
                {
                    bytes = Math.Min(bytes, room);
                    state.Accepted += bytes;
                    return 0;
                }
            }
        }

        return state.Fail(Errno.ENoSpc);
    }

    internal override string Describe(DiskFaultReport report) =>
        $"{Kind}{Scope}: {report.Failed} of {report.Calls} writes refused with ENOSPC{(AfterBytes is { } after ? $" after {after} bytes" : string.Empty)}{First(report)}";
}
