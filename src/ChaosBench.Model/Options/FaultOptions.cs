namespace ChaosBench.Model.Options;

/// <summary>
/// One fault or step on the timeline, as written: when, its kind, and the kind's own options. In YAML a fault is
/// <c>- at: 5s</c> plus one key naming the kind, whose mapping holds the options and <c>for</c> and <c>when-log</c>:
/// <c>kill: { target: etcd, pick: random, signal: KILL }</c>.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Offset from the workload's start. Required.</summary>
    public TimeSpan? At { get; set; }

    /// <summary>The fault kind, by name. Required.</summary>
    public string? Kind { get; set; }

    /// <summary>A kind with a repair (pause → resume, partition → heal, stop/kill → start): repair it after this long. Default: at the heal phase.</summary>
    public TimeSpan? For { get; set; }

    /// <summary>
    /// A kind aimed at members: wait from <see cref="At"/> until a new line of the member's log matches this regular
    /// expression, then act (kill a product while it replays its log). Default: act at once.
    /// </summary>
    public string? WhenLog { get; set; }

    /// <summary>The kind's options: an instance of its <see cref="Kinds.IFaultKind.OptionsType"/>. Required.</summary>
    public object? Options { get; set; }
}
