using System.Diagnostics;

namespace ChaosBench.Workloads;

/// <summary>
/// The steady-state check every workload over connections makes before any fault, and the pace its retries keep:
/// each endpoint in turn must answer a probe; a client error is retried every <see cref="RetryAfter"/>, and after
/// <see cref="Within"/> in all the run stops with a <see cref="SteadyStateException"/>.
/// </summary>
internal static class SteadyState
{
    /// <summary>How long every endpoint together has to answer its probe.</summary>
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    /// <summary>How long the final read retries through the members after recovery.</summary>
    public static readonly TimeSpan FinalReadWithin = TimeSpan.FromSeconds(30);

    /// <summary>The pause between two attempts, here and in the final read.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(100);

    /// <param name="product">The product's name for the message, e.g. <c>Redis</c>.</param>
    /// <param name="serve">What the probe asks of it, for the message, e.g. <c>a write and a read</c>.</param>
    /// <param name="probe">Throws unless the endpoint served; takes the attempt's number, counted over all endpoints, to write something fresh each time.</param>
    /// <exception cref="SteadyStateException">An endpoint did not serve within <see cref="Within"/>.</exception>
    public static async Task CheckAsync(WorkloadContext context, string product, string serve, Func<Exception, bool> isClientError, Func<Uri, int, CancellationToken, Task> probe, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var attempt = 0;
        foreach (var endpoint in context.Endpoints())
        {
            while (true)
            {
                try
                {
                    await probe(endpoint, attempt++, ct);
                    break;
                }
                catch (Exception e) when (isClientError(e) && !ct.IsCancellationRequested)
                {
                    if (clock.Elapsed > Within)
                    {
                        throw new SteadyStateException($"{product} at {endpoint} did not serve {serve} within {Within.TotalSeconds:0}s, before any fault: {OpOutcome.Describe(e)}", e);
                    }

                    await Task.Delay(RetryAfter, ct);
                }
            }
        }
    }
}
