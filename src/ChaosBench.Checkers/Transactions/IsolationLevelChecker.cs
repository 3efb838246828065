using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// The expectations an isolation level names (<c>- serializable</c>, <c>- snapshot-isolation</c>,
/// <c>- read-committed</c>, <c>- strict-serializable</c>): <see cref="TransactionChecker"/> over the history's
/// list-append transactions. A failure's summary names the anomalies counted and explains the first example (the
/// transactions of its cycle and the edge between each), and its evidence holds every example as data; a history
/// without committed transactions is unknown, never passed.
/// </summary>
public abstract class IsolationLevelChecker : ExpectationKind<NoOptions>, IChecker
{
    private readonly Isolation _level;

    private protected IsolationLevelChecker(Isolation level) => _level = level;

    public sealed override string Name => IsolationNames.Name(_level);

    public sealed override bool JudgesHistory => true;

    public sealed override bool JudgesHistoryAlone => true;

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var result = TransactionChecker.Check(input.History.Ops, _level);
        var verdict = result.ToVerdict(expectation.ToString());

        // The counts say how bad it is; one explained cycle says where to look, without opening the evidence.
        return result.Anomalies.FirstOrDefault() is { } first
            ? verdict with { Summary = $"{result.Summary}; e.g. {first.Explanation}" }
            : verdict;
    }
}
