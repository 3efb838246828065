namespace ChaosBench.Engine.Docker;

/// <summary>How engine calls are timed, watched and retried; see <see cref="EngineResilience"/> and <see cref="EngineCalls"/>.</summary>
internal sealed class EngineCallOptions
{
    /// <summary>
    /// The longest a short call (inspect, create, start, list, remove...) may take, its answer read, and the longest
    /// a stream (logs, events, exec output, archives, images) may take to open. Default: 60 seconds, far above what a
    /// healthy engine needs, so only a hung one trips it, and short enough that a run on a frozen engine ends
    /// within two minutes.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a call that lasts as long as something else (wait, a stream, an upload) may go without a byte before
    /// the engine is asked whether it still answers (<see cref="ProbeTimeout"/>): a silent command or a quiet event
    /// stream goes on, a frozen engine ends the call. Default: 30 seconds.
    /// </summary>
    public TimeSpan IdleProbe { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest the liveness probe (<c>/_ping</c>) may take. Default: 10 seconds.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt of a call that failed transiently. Default: 4.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first retry's delay, doubled (with jitter) for each next one. Default: 200 ms, so about 3 s in all.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock delays and timeouts run on. Default: the system's.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
