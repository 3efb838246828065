namespace ChaosBench.Workloads;

/// <summary>Holds each client to its share of the rate: it waits for its next slot, or for the stop.</summary>
internal static class Pacing
{
    /// <summary>Waits until the run's clock reaches <paramref name="due"/>; returns early, without throwing, on stop.</summary>
    public static async Task DelayUntilAsync(WorkloadContext context, TimeSpan due, CancellationToken stop)
    {
        var wait = due - context.Clock();
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
