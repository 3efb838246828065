namespace ChaosBench.Model.Records;

/// <summary>The timeline entries the runner records as evidence for checkers, besides faults and repairs.</summary>
public static class TimelineKinds
{
    /// <summary>A member answered its readiness probe.</summary>
    public const string Ready = "ready";

    /// <summary>A member did not answer its readiness probe in time after a repair; the detail says what the engine saw.</summary>
    public const string NotReady = "not-ready";

    /// <summary>A member's volumes were hashed; the detail is <c>before HASH</c> or <c>after HASH</c>.</summary>
    public const string Fingerprint = "fingerprint";

    /// <summary>An HTTP probe's answer: target is the URL as written, detail the status code or the error.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>A member's container port reachable from the harness's host; the detail is <c>80/tcp at 127.0.0.1:49153</c>.</summary>
    public const string Published = "published";

    /// <summary>A rolling fault's cluster reported every member healthy after one member's turn; target is the service, detail names the member.</summary>
    public const string ClusterHealthy = "cluster-healthy";

    /// <summary>
    /// A proxy on a link: listening, a toxic added or removed, a connection a toxic ended; target is the link
    /// (<c>client-redis-1</c>), the detail says what happened (<c>latency 2s down</c>).
    /// </summary>
    public const string Link = "link";

    /// <summary>A fault with <c>when-log</c> saw its line; the detail is the pattern and the line. The fault follows at once.</summary>
    public const string LogTrigger = "when-log";
}
