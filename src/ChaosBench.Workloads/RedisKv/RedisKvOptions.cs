using System.ComponentModel;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads.RedisKv;

/// <summary><c>redis-kv</c>'s options: the register mix, and how long a client waits for a reply.</summary>
public sealed class RedisKvOptions : KvOptions
{
    /// <summary>How long a client waits for each reply before the operation is indeterminate (info) and its connection dropped. Default: 2s.</summary>
    [Description("how long a client waits for each reply before the operation is info and its connection dropped (default 2s)")]
    [Example("1s")]
    public TimeSpan Timeout { get; set; } = RedisWorkload.RequestTimeout;
}
