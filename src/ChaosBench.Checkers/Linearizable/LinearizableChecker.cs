using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// The <c>linearizable</c> expectation (<c>- linearizable</c>, <c>- linearizable: { budget: 30s }</c>):
/// <see cref="LinearizabilityChecker"/> over the run's history, its result as a verdict. A budget that runs out is
/// <see cref="VerdictStatus.Unknown"/>, never passed; a violation's window is in the evidence as plain values
/// (<see cref="ViolationEvidence"/>), for the reports to draw.
/// </summary>
public sealed class LinearizableChecker : ExpectationKind<LinearizableOptions>, IChecker
{
    private const int Examples = 10;

    public override string Name => "linearizable";

    public override bool JudgesHistory => true;

    public override bool JudgesHistoryAlone => true;

    protected override string Describe(LinearizableOptions options) =>
        options.Budget is { } budget ? $"{Name} budget {Durations.Format(budget)}" : Name;

    protected override void Validate(LinearizableOptions options, KindCheck check)
    {
        if (options.Budget is { } budget && budget <= TimeSpan.Zero)
        {
            check.Error("budget", "budget must be positive", "write e.g. 'budget: 30s', or leave it out for 30s");
        }
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var options = new LinearizabilityOptions { Budget = expectation.OptionsAs<LinearizableOptions>().Budget ?? LinearizabilityOptions.DefaultBudget };
        var result = LinearizabilityChecker.Check(input.History.Ops, options, CancellationToken.None);
        var evidence = new Dictionary<string, object?>
        {
            ["operations"] = result.Operations,
            ["keys"] = result.Keys,
            ["largest-key-operations"] = result.LargestKey,
            ["search-seconds"] = Math.Round(result.Elapsed.TotalSeconds, 3),
            ["budget-seconds"] = options.Budget.TotalSeconds,
            ["failed-keys"] = result.FailedKeys.Count,
            ["failed-key-examples"] = result.FailedKeys.Take(Examples).ToList(),
            ["undecided-keys"] = result.UndecidedKeys.Count,
        };
        if (result.Violation is { } violation)
        {
            evidence["violation"] = ViolationEvidence.Of(violation);
        }

        var status = result.Outcome switch
        {
            LinearizabilityOutcome.Passed => VerdictStatus.Passed,
            LinearizabilityOutcome.Failed => VerdictStatus.Failed,
            _ => VerdictStatus.Unknown,
        };
        var summary = result.Violation is { } v ? $"{ViolationEvidence.Describe(v)} ({result.Reason})" : result.Reason;
        return new Verdict(expectation.ToString(), status, summary, evidence);
    }
}
