namespace ChaosBench.PowerLoss.DiskFaults;

/// <summary>
/// A fault a mounted layer injects into the calls programs make on its volume, from
/// <see cref="PowerLossMount.Inject"/> until <see cref="PowerLossMount.Clear"/> (a <see cref="Reorder"/> ends at
/// the next cut). Random choices come from the source given at injection, so a seed replays them.
/// </summary>
public abstract record DiskFault
{
    /// <summary>Where it applies, relative to the volume: a file (<c>/pg_wal/000001</c>), a directory (everything under it), or null (the default) for the whole volume.</summary>
    public string? Path { get; init; }

    /// <summary>The fault's name in the scenario format and on the timeline, e.g. <c>io-error</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>True when <paramref name="path"/> (relative to the volume) is in the fault's scope.</summary>
    internal bool Covers(string path) =>
        Path is null || path == Path || (path.Length > Path.Length && path[Path.Length] == '/' && path.StartsWith(Path, StringComparison.Ordinal));

    /// <summary>Every problem with the options, each naming the option and the fix; empty when they are valid.</summary>
    internal virtual IEnumerable<string> Problems()
    {
        if (Path is not null && (!Path.StartsWith('/') || Path.Length > 1 && Path.EndsWith('/')))
        {
            yield return $"{Kind}: path '{Path}' must start with '/' (relative to the volume) and not end with one, e.g. /pg_wal";
        }
    }

    /// <summary>A problem with a fault's <c>calls</c>, or null.</summary>
    private protected string? CallsProblem(IoCalls calls) =>
        calls == IoCalls.None || (calls & ~IoCalls.All) != 0 ? $"{Kind}: calls must be some of read, write, fsync, open" : null;

    /// <summary>
    /// Acts on one call the fault covers: 0 to let it go on, or -errno to fail it. May sleep, and may shorten
    /// <paramref name="bytes"/> (a write that fills the disk part-way).
    /// </summary>
    internal abstract int Apply(ActiveFault state, IoCalls call, ref long bytes);

    /// <summary>What the fault did so far, for the timeline.</summary>
    internal abstract string Describe(DiskFaultReport report);

    /// <summary><c> under /pg_wal</c>, or nothing for the whole volume.</summary>
    private protected string Scope => Path is null ? string.Empty : $" under {Path}";

    private protected static string Listed(IoCalls calls) =>
        string.Join(", ", Enum.GetValues<IoCalls>().Where(c => c is not (IoCalls.None or IoCalls.All) && calls.HasFlag(c)).Select(c => c.ToString().ToLowerInvariant()));

    private protected static string First(DiskFaultReport report) =>
        report.FirstFailureAt is { } at ? $" (first at {at.UtcDateTime:HH:mm:ss.fff} UTC)" : string.Empty;
}
