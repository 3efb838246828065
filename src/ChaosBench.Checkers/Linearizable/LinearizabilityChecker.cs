using ChaosBench.Model;
using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// Is a history of reads, writes and compare-and-sets on registers linearizable? Each key is a register checked on its
/// own (P-compositionality), keys in parallel, by <see cref="RegisterSearch"/>: the Wing–Gong–Lowe search with Lowe's
/// memoization. Jepsen's rules for outcomes: an <c>ok</c> operation took effect between its invocation and its
/// completion; a <c>fail</c>ed one never did; an <c>info</c> one (or one never completed) may have taken effect at any
/// time after its invocation, or never. Every register starts absent. A <c>final-read</c> is one more read. Two
/// operations whose completion and invocation fall on the same instant count as overlapping. Pure: no I/O.
/// </summary>
public static class LinearizabilityChecker
{
    /// <summary>Judges <paramref name="ops"/> (a whole history; functions other than registers' are ignored).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (the budget running out is <see cref="LinearizabilityOutcome.Unknown"/>).</exception>
    public static LinearizabilityResult Check(IReadOnlyList<Op> ops, LinearizabilityOptions options, CancellationToken cancellation)
    {
        var started = options.Clock.GetTimestamp();
        var keys = RegisterOperations.ByKey(ops).OrderByDescending(k => k.Value.Count).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => new KeyHistory(k.Key, k.Value)).ToList();
        var operations = keys.Sum(k => k.Operations.Count(o => o.Outcome != OpType.Fail));
        var largest = keys.Count == 0 ? 0 : keys[0].Operations.Count;
        if (!keys.Any(k => k.Operations.Any(o => o.Outcome == OpType.Ok)))
        {
            // Without an acknowledged operation every history is linearizable: that says nothing of the product.
            return new(LinearizabilityOutcome.Unknown, operations, keys.Count, options.Clock.GetElapsedTime(started), null, "no acknowledged read, write or compare-and-set: nothing to judge");
        }

        var outcomes = new SearchOutcome[keys.Count];
        var deadline = new Deadline(options.Clock, options.Budget, cancellation);
        if (keys.Count == 1 || options.Parallelism <= 1)
        {
            // One search object for every key, on the caller's thread: no pool to wake for a single register.
            var search = new RegisterSearch();
            for (var i = 0; i < keys.Count; i++)
            {
                search.Load(keys[i]);
                outcomes[i] = search.Run(deadline);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellation };
            Parallel.For(0, keys.Count, parallel, () => new RegisterSearch(), (i, _, search) =>
            {
                search.Load(keys[i]);
                outcomes[i] = search.Run(deadline);
                return search;
            }, _ => { });
        }

        var failed = Keys(keys, outcomes, SearchOutcome.NotLinearizable);
        var undecided = Keys(keys, outcomes, SearchOutcome.OutOfBudget);
        if (failed.Count > 0)
        {
            // The first failing key in key order, so the same history always shows the same violation.
            var key = keys.First(k => k.Key == failed[0]);
            var violation = ViolationFinder.Explain(key, new RegisterSearch(), new Deadline(options.Clock, options.Budget, cancellation));
            return new(LinearizabilityOutcome.Failed, operations, keys.Count, options.Clock.GetElapsedTime(started), violation, $"{failed.Count} of {KeyCount(keys.Count)} cannot be linearized")
            {
                FailedKeys = failed,
                UndecidedKeys = undecided,
                LargestKey = largest,
            };
        }

        var elapsed = options.Clock.GetElapsedTime(started);
        return undecided.Count > 0
            ? new(LinearizabilityOutcome.Unknown, operations, keys.Count, elapsed, null, $"the search budget of {Durations.Format(options.Budget)} ran out with {undecided.Count} of {KeyCount(keys.Count)} undecided; none of the others failed") { UndecidedKeys = undecided, LargestKey = largest }
            : new(LinearizabilityOutcome.Passed, operations, keys.Count, elapsed, null, $"all {operations} operations on {KeyCount(keys.Count)} linearizable") { LargestKey = largest };
    }

    private static string KeyCount(int count) => count == 1 ? "1 key" : $"{count} keys";

    private static List<string> Keys(List<KeyHistory> keys, SearchOutcome[] outcomes, SearchOutcome outcome) =>
        [.. keys.Where((_, i) => outcomes[i] == outcome).Select(k => k.Key).Order(StringComparer.Ordinal)];
}
