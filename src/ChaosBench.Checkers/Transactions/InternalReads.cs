using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Internal consistency: within one committed transaction, a read of a list must show what its own earlier
/// micro-ops make it, an earlier read of it followed by its own appends, or (with no earlier read) end with the
/// elements it appended.
/// </summary>
internal static class InternalReads
{
    public static void Check(Txn txn, Findings findings)
    {
        var mops = txn.Mops;
        if (!TouchesAListTwice(mops))
        {
            return;
        }

        var states = new Dictionary<string, (IReadOnlyList<string>? Read, List<string> Appended)>(StringComparer.Ordinal);
        foreach (var mop in mops)
        {
            var (read, appended) = states.TryGetValue(mop.Key, out var state) ? state : (null, []);
            if (mop.F == TxnFunctions.Append)
            {
                appended.Add(mop.Value!);
                states[mop.Key] = (read, appended);
                continue;
            }

            if (mop.Read is not { } elements)
            {
                continue;
            }

            if (states.ContainsKey(mop.Key) && !Matches(elements, read, appended))
            {
                var expected = read is null ? $"[... {string.Join(' ', appended)}]" : Text.Of([.. read, .. appended]);
                Report(txn, $"{txn.Name} read {mop.Key} as {Text.Of(elements)}, though its own earlier micro-ops make it {expected}", findings);
            }

            states[mop.Key] = (elements, []);
        }
    }

    /// <summary>In a method of its own, so that the loop's variables are not captured on every micro-op.</summary>
    private static void Report(Txn txn, string explanation, Findings findings) =>
        findings.Add(AnomalyKinds.Internal, () => new Anomaly(AnomalyKinds.Internal, explanation, [txn.Ref()], []));

    private static bool Matches(IReadOnlyList<string> elements, IReadOnlyList<string>? read, List<string> appended)
    {
        var known = read?.Count ?? elements.Count - appended.Count;
        if (known < 0 || known + appended.Count != elements.Count)
        {
            return false;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            var expected = i < known ? read?[i] ?? elements[i] : appended[i - known];
            if (!string.Equals(elements[i], expected, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TouchesAListTwice(IReadOnlyList<MicroOp> mops)
    {
        for (var i = 0; i < mops.Count; i++)
        {
            for (var j = i + 1; j < mops.Count; j++)
            {
                if (mops[i].Key == mops[j].Key)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
