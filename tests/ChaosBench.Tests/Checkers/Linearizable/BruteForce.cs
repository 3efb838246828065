using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>
/// The definition, searched exhaustively: a history is linearizable when, per key, some order of its operations
/// respects real time (one that completed before another was invoked comes first) and a register's semantics from
/// absent. Acknowledged operations must all be in it; failed ones never are; indeterminate ones may be, anywhere after
/// their invocation; a read that returned nothing is left out. No memoization, no reductions: only for small histories.
/// </summary>
internal static class BruteForce
{
    /// <summary>
    /// Judges the history up to <paramref name="truncateAt"/> (ticks): what was invoked by then, an acknowledged
    /// operation completing later still open. An operation that failed never happened, whenever it failed.
    /// </summary>
    public static bool IsLinearizable(IReadOnlyList<Op> history, long truncateAt = long.MaxValue)
    {
        var open = new Dictionary<int, Op>();
        var operations = new List<Operation>();
        foreach (var op in history)
        {
            if (op.Type == OpType.Invoke)
            {
                if (open.Remove(op.Process, out var earlier))
                {
                    operations.Add(Of(earlier, null));
                }

                open[op.Process] = op;
            }
            else if (open.Remove(op.Process, out var invoke))
            {
                operations.Add(Of(invoke, op));
            }
        }

        operations.AddRange(open.Values.Select(i => Of(i, null)));
        var kept = operations.Where(o => o.Outcome != OpType.Fail && o.Invoked <= truncateAt)
            .Select(o => o.Returned <= truncateAt ? o : o with { Returned = long.MaxValue })
            .Where(o => o.F != KvFunctions.Read || o.Mandatory).ToList();
        return kept.GroupBy(o => o.Key).All(key => Search([.. key], null));
    }

    private static Operation Of(Op invoke, Op? completion)
    {
        var f = invoke.F == KvFunctions.FinalRead ? KvFunctions.Read : invoke.F;
        var outcome = completion?.Type ?? OpType.Info;
        var value = f == KvFunctions.Read ? completion?.Value : invoke.Value;
        return new(invoke.Key ?? string.Empty, f, value, invoke.Expected, outcome, invoke.Time.Ticks, outcome == OpType.Ok ? completion!.Time.Ticks : long.MaxValue);
    }

    private static bool Search(List<Operation> remaining, string? state)
    {
        if (remaining.All(o => !o.Mandatory))
        {
            return true;
        }

        foreach (var op in remaining)
        {
            if (remaining.Any(p => p.Mandatory && p.Returned < op.Invoked))
            {
                continue;
            }

            string? after;
            switch (op.F)
            {
                case KvFunctions.Write:
                    after = op.Value;
                    break;
                case KvFunctions.Read when op.Value == state:
                    after = state;
                    break;
                case KvFunctions.Cas when op.Expected == state:
                    after = op.Value;
                    break;
                case KvFunctions.Cas when !op.Mandatory:
                    after = state;
                    break;
                default:
                    continue;
            }

            if (Search([.. remaining.Where(o => !ReferenceEquals(o, op))], after))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Operation(string Key, string F, string? Value, string? Expected, OpType Outcome, long Invoked, long Returned)
    {
        public bool Mandatory => Returned != long.MaxValue;
    }
}
