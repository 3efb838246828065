using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.IoError;

/// <summary><c>io-error: { target: db, path: /var/lib/postgresql/data/pg_wal, calls: [fsync], for: 5s }</c>: calls fail with an errno.</summary>
public sealed class IoErrorOptions : DiskFaultOptions
{
    /// <summary>The calls that fail: some of read, write, fsync, open. Default: all four.</summary>
    [Description("the calls that fail: some of read, write, fsync, open (default: all)")]
    public List<DiskCall> Calls { get; set; } = [];

    /// <summary>The errno they fail with, by name (<c>EIO</c>, <c>ENOSPC</c>, <c>EROFS</c>...). Default: EIO.</summary>
    [Description("the errno they fail with, by name (default EIO)")]
    [Example("EIO")]
    public string Errno { get; set; } = "EIO";

    /// <summary>The chance that a matching call fails, drawn from the seed per call, in (0, 1]. Default: 1 (always).</summary>
    [Description("the chance that a matching call fails, in (0, 1] (default 1: always)")]
    [Share]
    public double Probability { get; set; } = 1;
}
