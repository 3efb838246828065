using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ChaosBench.Engine.Docker;

/// <summary>
/// The Polly pipelines every engine call goes through. A call is retried, with exponential backoff, only when a
/// second attempt cannot do twice what the first did: when the connection was never made (nothing reached the
/// engine, whatever the call), or, for an idempotent call (inspect, list, remove), when the connection broke
/// before the answer or a proxy in front of the engine answered 502, 503 or 504. A create, start, kill or exec
/// whose connection broke may have happened, so it is not retried: doing it twice would double containers or
/// faults. The engine's own refusals (4xx, 500) are answers, never retried; nor is a call that timed out.
/// </summary>
internal sealed class EngineResilience
{
    /// <summary>Whether the call may run twice with the effect of once.</summary>
    public static readonly ResiliencePropertyKey<bool> Idempotent = new("chaosbench.engine.idempotent");

    /// <summary>The call's own waiting on top of <see cref="EngineCallOptions.CallTimeout"/> (a stop's grace period).</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> Extra = new("chaosbench.engine.extra");

    public EngineResilience(EngineCallOptions options)
    {
        Options = options;
        Timed = Build(options, timed: true);
        Untimed = Build(options, timed: false);
    }

    public EngineCallOptions Options { get; }

    /// <summary>Short calls: retried when transient, each attempt timed out after the call timeout (plus its extra).</summary>
    public ResiliencePipeline Timed { get; }

    /// <summary>Calls that last as long as what they follow: retried when transient, watched by <see cref="EngineCalls"/> instead of timed.</summary>
    public ResiliencePipeline Untimed { get; }

    /// <summary>Whether <paramref name="e"/>, from one attempt, is worth another.</summary>
    public static bool IsTransient(Exception e, bool idempotent) => e switch
    {
        EngineUnavailableException => true,
        EngineConnectionLostException => idempotent,
        EngineException { Status: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => idempotent,
        _ => false,
    };

    private static ResiliencePipeline Build(EngineCallOptions options, bool timed)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && IsTransient(e, args.Context.Properties.GetValue(Idempotent, false))),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        if (timed)
        {
            // Inside the retry, so each attempt gets the whole timeout.
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(options.CallTimeout + args.Context.Properties.GetValue(Extra, TimeSpan.Zero)),
            });
        }

        return builder.Build();
    }
}
