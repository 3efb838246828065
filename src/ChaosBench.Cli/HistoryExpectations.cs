using ChaosBench.Checkers;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Cli;

/// <summary>
/// The expectations <c>chaosbench check</c> judges on a history file alone: every kind of the vocabulary whose checker
/// needs nothing but the history (<see cref="IExpectationKind.JudgesHistoryAlone"/>), so a kind joins by saying so.
/// </summary>
internal static class HistoryExpectations
{
    /// <summary>The option <c>--budget</c> fills, in the kinds that have a duration of that name.</summary>
    private const string BudgetKey = "budget";

    public static IReadOnlyList<IExpectationKind> In(Vocabulary vocabulary) =>
        [.. vocabulary.Expectations.Where(k => k.JudgesHistoryAlone && k is IChecker)];

    /// <summary>The expectation as a scenario would state it, every option at its default but <paramref name="budget"/>, where the kind takes one.</summary>
    public static Expectation Of(IExpectationKind kind, TimeSpan? budget)
    {
        var shape = OptionsShape.Of(kind.OptionsType);
        var options = shape.Create();
        if (budget is not null && shape.Find(BudgetKey) is { Type: DurationType } field)
        {
            field.Set(options, budget);
        }

        return new Expectation(kind, options);
    }
}
