namespace ChaosBench.Engine.Docker;

/// <summary>How the transport times and retries its calls to the engine; see <see cref="EngineResilience"/>.</summary>
internal sealed class EngineCallOptions
{
    /// <summary>
    /// The longest a short call (inspect, create, start, list, remove...) may take, its answer read. Default: 2 minutes,
    /// far above what a healthy engine needs, so only a hung one trips it. Calls that last as long as something else
    /// (wait, logs followed, events, exec output, image import/load/pull/save, archive copies) are not timed.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt of a call that failed transiently. Default: 4.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first retry's delay, doubled (with jitter) for each next one. Default: 200 ms, so about 3 s in all.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock delays and timeouts run on. Default: the system's.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
