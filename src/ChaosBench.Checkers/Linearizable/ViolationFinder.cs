using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// Narrows a key that cannot be linearized to a window a person can read. First the shortest prefix that fails (the
/// history up to some acknowledged completion, later completions still open: if the whole history is linearizable,
/// every such prefix is, so the first failing one is found by bisection); the operation completing there is the
/// impossible one. Then the latest cut that still fails: the acknowledged operations that completed before the cut are
/// dropped and the key starts from any value it can hold. A cut is sound only where every dropped operation completed
/// before every kept acknowledged one was invoked, so that none of them could have come after a kept one; over such
/// cuts failing is monotone, and the latest is found by bisection too. Last, the prefix is searched once more watching
/// the impossible operation, which collects every state it could have met: the values it could have seen.
/// </summary>
internal static class ViolationFinder
{
    private const int WritesShown = 5;

    public static LinearizabilityViolation Explain(KeyHistory key, RegisterSearch search, Deadline deadline)
    {
        var ops = key.Operations;
        var ends = ops.Where(o => o.Outcome == OpType.Ok).Select(o => o.Returned).Distinct().Order().ToArray();
        var end = FirstFailing(ends.Length, i => Fails(search, deadline, key, ends[i]));
        if (end < 0 || end == ends.Length)
        {
            return new(key.Key, null, [], [], [], Narrowed: false);
        }

        var truncateAt = ends[end];
        var impossible = Impossible(key, search, deadline, truncateAt);
        var window = Window(key, search, deadline, ends[..(end + 1)]);
        var seen = new HashSet<int>();
        search.Load(key, truncateAt);
        var complete = search.Run(deadline, impossible, seen) != SearchOutcome.OutOfBudget;
        if (!complete && window is { } narrowed)
        {
            seen.Clear();
            search.Load(key, truncateAt, narrowed.CutAt, fromAny: narrowed.CutAt != long.MinValue);
            complete = search.Run(deadline, impossible, seen) != SearchOutcome.OutOfBudget;
        }

        var couldHaveSeen = Enumerable.Range(0, ops.Count)
            .Where(i => ops[i].Kind != RegisterKind.Read && ops[i].Outcome != OpType.Fail && ops[i].Invoked <= truncateAt && seen.Contains(key.ValueIds[i]))
            .OrderByDescending(i => Math.Min(ops[i].Returned, truncateAt)).Take(WritesShown).Order().ToList();
        var shown = (window?.Ops ?? []).Append(impossible).Concat(couldHaveSeen).Distinct().Order();
        return new(
            key.Key,
            ops[impossible].ToViolationOp(),
            [.. seen.Where(s => s != KeyHistory.Any).Order().Select(key.ValueOf)],
            [.. couldHaveSeen.Select(i => ops[i].ToViolationOp())],
            [.. shown.Select(i => ops[i].ToViolationOp()).GroupBy(o => o.Process).OrderBy(g => g.Key).Select(g => new ViolationLane(g.Key, [.. g.OrderBy(o => o.Invoked)]))],
            Narrowed: window is not null && complete);
    }

    /// <summary>
    /// The operation completing at <paramref name="truncateAt"/> whose completion made the prefix fail: with it still
    /// open the prefix passes. When several complete at that instant, the first (reads first) that passes so; the
    /// first of them when it takes more than one.
    /// </summary>
    private static int Impossible(KeyHistory key, RegisterSearch search, Deadline deadline, long truncateAt)
    {
        var ops = key.Operations;
        var candidates = Enumerable.Range(0, ops.Count).Where(i => ops[i].Outcome == OpType.Ok && ops[i].Returned == truncateAt)
            .OrderBy(i => ops[i].Kind == RegisterKind.Write).ThenBy(i => ops[i].Invoked).ToList();
        return candidates.Count == 1 ? candidates[0] : candidates.FirstOrDefault(c => Fails(search, deadline, key, truncateAt, open: c) == false, candidates[0]);
    }

    /// <summary>The latest sound cut whose window still fails, and the window's operations; null when the budget ran out first.</summary>
    private static (long CutAt, IReadOnlyList<int> Ops)? Window(KeyHistory key, RegisterSearch search, Deadline deadline, long[] ends)
    {
        var truncateAt = ends[^1];
        var acknowledged = key.Operations.Where(o => o.Outcome == OpType.Ok && o.Returned <= truncateAt).OrderBy(o => o.Returned).ToList();

        // A cut at ends[c] keeps the acknowledged operations completing from there on: sound when the last dropped one
        // completed before the earliest invocation among them. Listed latest first.
        var cuts = new List<long>();
        var earliest = long.MaxValue;
        var k = acknowledged.Count - 1;
        for (var c = ends.Length - 1; c >= 0; c--)
        {
            for (; k >= 0 && acknowledged[k].Returned >= ends[c]; k--)
            {
                earliest = Math.Min(earliest, acknowledged[k].Invoked);
            }

            if (k < 0 || acknowledged[k].Returned < earliest)
            {
                cuts.Add(ends[c]);
            }
        }

        // The later the cut the fewer operations, and a window that fails keeps failing with more of them.
        var chosen = FirstFailing(cuts.Count, i => Fails(search, deadline, key, truncateAt, cuts[i]));
        if (chosen < 0)
        {
            return null;
        }

        // When no window fails from an unknown start, the violation needs the register's empty start: the whole prefix.
        var cutAt = chosen < cuts.Count ? cuts[chosen] : long.MinValue;
        search.Load(key, truncateAt, cutAt, fromAny: cutAt != long.MinValue);
        return (cutAt, [.. search.Loaded]);
    }

    /// <summary>Whether the window fails; null when the budget ran out.</summary>
    private static bool? Fails(RegisterSearch search, Deadline deadline, KeyHistory key, long truncateAt, long cutAt = long.MinValue, int open = -1)
    {
        search.Load(key, truncateAt, cutAt, fromAny: cutAt != long.MinValue, open);
        return search.Run(deadline) switch
        {
            SearchOutcome.NotLinearizable => true,
            SearchOutcome.Linearizable => false,
            _ => null,
        };
    }

    /// <summary>
    /// The smallest i in [0, count) for which <paramref name="fails"/> holds, given that once it holds it holds for
    /// every larger i; <paramref name="count"/> when it holds for none, -1 when a probe ran out of budget.
    /// </summary>
    private static int FirstFailing(int count, Func<int, bool?> fails)
    {
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            switch (fails(middle))
            {
                case true: high = middle; break;
                case false: low = middle + 1; break;
                default: return -1;
            }
        }

        return low;
    }
}
