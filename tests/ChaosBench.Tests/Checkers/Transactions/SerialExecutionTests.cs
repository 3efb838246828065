using ChaosBench.Checkers.Transactions;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using FsCheck;
using FsCheck.Fluent;

namespace ChaosBench.Tests.Checkers.Transactions;

/// <summary>
/// Random list-append transactions run one at a time against an in-memory store, as a correct database would run
/// them: every such history is strictly serializable, and dropping one acknowledged append from what later reads
/// return is always flagged.
/// </summary>
public sealed class SerialExecutionTests
{
    private const int Lists = 5;

    /// <summary>Outcomes 0-6 commit, 7 fails, 8 times out after taking effect, 9 times out without.</summary>
    private static readonly Gen<(int Outcome, (bool Append, int List)[] Mops)> Transaction =
        from outcome in Gen.Choose(0, 9)
        from mops in (from append in Gen.Elements(true, false) from list in Gen.Choose(0, Lists - 1) select (append, list)).ArrayOf()
        select (outcome, mops);

    [Test]
    public void Check_SerialExecution_PassesEveryLevel()
    {
        Prop.ForAll(Transaction.ArrayOf().ToArbitrary(), plan =>
        {
            // Given the plan run serially, then a read of every list
            var ops = Run(plan).Ops;

            // When it is checked at every level
            // Then each passes
            return Enum.GetValues<Isolation>().All(level => TransactionChecker.Check(ops, level).Status == VerdictStatus.Passed);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Check_OneAcknowledgedAppendDropped_Flagged()
    {
        var drop = from plan in Transaction.ArrayOf() from pick in Gen.Choose(0, int.MaxValue) select (plan, pick);
        Prop.ForAll(drop.ToArbitrary(), input =>
        {
            // Given the plan, after one committed append so there is one to drop, run serially; then every later read made to miss one
            var ops = Run([(0, [(true, 0)]), .. input.plan]).Ops;
            var acknowledged = ops.Where(o => o.Type == OpType.Ok).SelectMany(o => o.Txn!.Where(m => m.F == TxnFunctions.Append).Select(m => (o.Index, m.Key, m.Value))).ToList();
            var (writer, list, element) = acknowledged[input.pick % acknowledged.Count];
            var dropped = ops.Select(o => o.Index == writer || o.Type != OpType.Ok ? o : o with
            {
                Txn = [.. o.Txn!.Select(m => m.Key == list && m.Read is { } read ? m with { Read = [.. read.Where(e => e != element)] } : m)],
            }).ToList();

            // When it is checked as strict serializable
            var result = TransactionChecker.Check(dropped, Isolation.StrictSerializable);

            // Then it fails
            return result.Status == VerdictStatus.Failed;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Runs each transaction alone, in order, on lists in memory; the history ends with one transaction reading every list.</summary>
    private static Txns Run((int Outcome, (bool Append, int List)[] Mops)[] plan)
    {
        var lists = Enumerable.Range(0, Lists).Select(_ => new List<string>()).ToArray();
        var history = new Txns();
        var next = 0;
        var process = 0;
        foreach (var (outcome, mops) in plan.Where(p => p.Mops.Length > 0))
        {
            var effective = outcome is < 7 or 8;
            var steps = mops.Take(4).Select(m => m.Append ? $"append x{m.List} {next++}" : $"r x{m.List}").ToArray();
            var completed = steps.Select(step => Step(step, lists, effective)).ToArray();
            history.Invoke(process, steps).Complete(process, outcome < 7 ? OpType.Ok : outcome == 7 ? OpType.Fail : OpType.Info, outcome < 7 ? completed : steps);
            // A process whose operation is indeterminate never invokes again: Jepsen's rule, kept here.
            process += outcome >= 8 ? 10 : 0;
        }

        var finals = Enumerable.Range(0, Lists).Select(l => $"r x{l}").ToArray();
        return history.Invoke(9, finals).Complete(9, OpType.Ok, [.. finals.Select(f => Step(f, lists, effective: false))]);
    }

    /// <summary>Applies an append when the transaction takes effect; a read returns the list as it is, this transaction's appends included.</summary>
    private static string Step(string step, List<string>[] lists, bool effective)
    {
        var words = step.Split(' ');
        var list = lists[int.Parse(words[1][1..])];
        if (words[0] == "append")
        {
            if (effective)
            {
                list.Add(words[2]);
            }

            return step;
        }

        return string.Join(' ', [step, .. list]);
    }
}
