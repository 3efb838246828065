using ChaosBench.Model.Records;

namespace ChaosBench.Cli;

/// <summary>
/// Runs a suite's scenarios, up to a given number at once, in the order given. Each run has its own run id, so its
/// own networks and run folder; one aborted run (Ctrl-C) stops any that have not started yet. A run that throws
/// (its run folder could not be written, say) is errored, and the others go on.
/// </summary>
internal static class ParallelRuns
{
    /// <summary>The outcome of each started item, in <paramref name="items"/>' order; those never started are left out.</summary>
    /// <param name="errored">Told of each item whose run threw; the item counts as errored (aborted, for a cancellation of <paramref name="ct"/>).</param>
    public static async Task<IReadOnlyList<Outcome>> RunAsync<T>(IReadOnlyList<T> items, int parallel, Func<T, Task<Outcome>> run, Action<T, Exception>? errored = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var outcomes = new Outcome?[items.Count];
        var next = -1;
        var stop = false;

        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < items.Count && !Volatile.Read(ref stop); i = Interlocked.Increment(ref next))
            {
                outcomes[i] = await OutcomeOf(items[i], run, errored, ct);
                if (outcomes[i] == Outcome.Aborted)
                {
                    Volatile.Write(ref stop, true);
                }
            }
        }

        // One worker runs on the caller's context, exactly as the sequential loop did; more run on the pool.
        await Task.WhenAll(Enumerable.Range(0, Math.Min(parallel, items.Count)).Select(w => w == 0 ? Worker() : Task.Run(Worker)));
        return [.. outcomes.OfType<Outcome>()];
    }

    private static async Task<Outcome> OutcomeOf<T>(T item, Func<T, Task<Outcome>> run, Action<T, Exception>? errored, CancellationToken ct)
    {
        try
        {
            return await run(item);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Outcome.Aborted;
        }
        catch (Exception e)
        {
            errored?.Invoke(item, e);
            return Outcome.Errored;
        }
    }
}
