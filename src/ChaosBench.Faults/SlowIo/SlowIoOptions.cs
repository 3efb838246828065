using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.SlowIo;

/// <summary><c>slow-io: { target: etcd, path: /var/lib/etcd/member/wal, delay: 50ms, jitter: 20ms, for: 5s }</c>: calls wait before they run.</summary>
public sealed class SlowIoOptions : DiskFaultOptions
{
    /// <summary>The calls that wait: some of read, write, fsync, open. Default: all four.</summary>
    [Description("the calls that wait: some of read, write, fsync, open (default: all)")]
    public List<DiskCall> Calls { get; set; } = [];

    /// <summary>How long each matching call waits at least. Required.</summary>
    [Description("how long each matching call waits at least")]
    [Required(ErrorMessage = "{0} needs a 'delay', e.g. 50ms")]
    [Example("50ms")]
    public TimeSpan? Delay { get; set; }

    /// <summary>Up to this much more per call, drawn from the seed. Default: none.</summary>
    [Description("up to this much more per call, drawn from the seed (default: none)")]
    public TimeSpan? Jitter { get; set; }
}
