using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// Checks a history of list-append transactions (<see cref="Op.Txn"/>) against an isolation level, the way
/// Jepsen's Elle does: it infers each list's version order from its longest read, builds the write-write,
/// write-read and read-write dependencies between transactions (plus real time for
/// <see cref="Isolation.StrictSerializable"/>), finds cycles with Tarjan's strongly connected components and
/// names each (G0, G1c, G-single, G2-item); aborted and intermediate reads and corrupt lists are found directly.
/// An <c>info</c> transaction may or may not have committed: its appends count wherever a read shows them; a
/// <c>fail</c> one never did. Pure: the same ops always give the same result.
/// </summary>
public static class TransactionChecker
{
    /// <summary>Judges <paramref name="ops"/> (in history order; ops other than transactions are ignored) against <paramref name="level"/>.</summary>
    public static TransactionCheckResult Check(IReadOnlyList<Op> ops, Isolation level, TransactionCheckOptions? options = null)
    {
        options ??= new TransactionCheckOptions();
        var history = TxnHistory.From(ops);
        var txns = history.Txns;
        var problems = new List<string>(history.Problems);
        var lists = Lists.From(txns, problems);
        var stats = new TransactionStats(txns.Count(t => t.Ok), txns.Count(t => t.Outcome == OpType.Info), txns.Count(t => t.Outcome == OpType.Fail), lists.Count);
        if (problems.Count > 0)
        {
            return Unknown(level, stats, $"the history cannot be checked: {string.Join("; ", problems)}");
        }

        if (stats.Committed == 0)
        {
            return Unknown(level, stats, txns.Count == 0
                ? "no transactions in the history (ops with f 'txn'): nothing to judge"
                : $"none of the {txns.Count} transactions committed: nothing to judge");
        }

        var strict = level == Isolation.StrictSerializable;
        var findings = new Findings(options.MaxExamples);
        var edges = new EdgeBuffer();
        foreach (var list in lists.All)
        {
            ListReads.Check(list, lost: strict, findings);
            Dependencies.Add(list, edges);
        }

        foreach (var txn in txns.Where(t => t.Ok))
        {
            InternalReads.Check(txn, findings);
        }

        if (strict)
        {
            RealtimeOrder.Add(txns, edges);
        }

        var graph = DependencyGraph.From(txns.Count, edges);
        var cycles = new CycleFinder(graph, new Explainer(txns, lists), txns, findings, options.SearchBudget);
        cycles.Run(realtime: strict);
        return Judgement.Of(level, stats, findings, undecided: cycles.Undecided && level == Isolation.SnapshotIsolation);
    }

    private static TransactionCheckResult Unknown(Isolation level, TransactionStats stats, string why) =>
        new(level, VerdictStatus.Unknown, why, stats);
}
