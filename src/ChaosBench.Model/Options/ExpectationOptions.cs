namespace ChaosBench.Model.Options;

/// <summary>
/// One expectation: its kind (<see cref="ExpectationKinds"/>) and parameters. In YAML a bare name
/// (<c>- no-lost-writes</c>), a name with a duration (<c>- recovers-within: 10s</c>), or a name with a
/// mapping (<c>- log: { service: etcd, pattern: "panic", absent: true }</c>, <c>- no-lost-writes: { loss-window: 1s }</c>).
/// </summary>
public sealed class ExpectationOptions
{
    /// <summary>The expectation kind. Required.</summary>
    public string? Kind { get; set; }

    /// <summary>
    /// <c>no-lost-writes</c>: lost writes acknowledged at most this long before a crash (a <c>kill</c>, <c>power-loss</c>
    /// or <c>torn-write</c>) are excused, for products that sync to disk on a timer and lose that much by design.
    /// They are still counted and reported. Default: none, so every lost acknowledged write fails.
    /// </summary>
    public TimeSpan? LossWindow { get; set; }

    /// <summary><c>recovers-within</c>: the longest allowed recovery. <c>http-status</c>: how long to keep asking. Default for http-status: 30 s.</summary>
    public TimeSpan? Within { get; set; }

    /// <summary><c>log</c>, <c>refuses-to-start</c>: the service whose members are judged.</summary>
    public string? Service { get; set; }

    /// <summary><c>log</c>: a regular expression matched against each log line.</summary>
    public string? Pattern { get; set; }

    /// <summary><c>log</c>: the pattern may match at most this many lines (over all members).</summary>
    public int? AtMost { get; set; }

    /// <summary><c>log</c>: the pattern must match at least this many lines. Default when no bound is given: 1.</summary>
    public int? AtLeast { get; set; }

    /// <summary><c>log</c>: the pattern must not match at all. Default: false.</summary>
    public bool Absent { get; set; }

    /// <summary>
    /// <c>log</c>: only lines stamped at or after this offset from the run's start count; lines without a
    /// readable stamp always count. Default: every line.
    /// </summary>
    public TimeSpan? After { get; set; }

    /// <summary><c>refuses-to-start</c>: a regular expression the refusing member's log must match (its clear error).</summary>
    public string? Log { get; set; }

    /// <summary><c>refuses-to-start</c>: the member's volumes must hash the same before the start and after the refusal. Default: false.</summary>
    public bool DataUntouched { get; set; }

    /// <summary><c>http-status</c>: the URL asked after the faults; <c>{SERVICE}</c> stands for that service's first member.</summary>
    public string? Url { get; set; }

    /// <summary><c>http-status</c>: the status code that must come back.</summary>
    public int? Is { get; set; }

    /// <summary><c>http-status</c>: statuses that must never be answered, e.g. 500, 502, 503. Default: none.</summary>
    public List<int> Never { get; set; } = [];

    /// <summary><c>http-status</c>: request headers, e.g. credentials. Default: none.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary><c>availability</c>: the highest share of failed or indeterminate operations allowed in any window.</summary>
    public double? MaxErrorRate { get; set; }

    /// <summary><c>availability</c>: the window the error rate is measured over. Default: 1 s.</summary>
    public TimeSpan? Per { get; set; }

    /// <summary>
    /// <c>linearizable</c>: the longest the search may take; when it runs out the verdict is unknown, never passed.
    /// Default: 30 s.
    /// </summary>
    public TimeSpan? Budget { get; set; }
}
