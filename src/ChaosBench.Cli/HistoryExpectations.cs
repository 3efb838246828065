using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Cli;

/// <summary>
/// The expectations <c>chaosbench check</c> judges on a history file alone: those whose checker needs nothing but the
/// history (no timeline, no logs). Adding one is adding its kind here; its checker comes from the catalogue.
/// </summary>
internal static class HistoryExpectations
{
    public static IReadOnlyList<string> Kinds { get; } = [ExpectationKinds.Linearizable];

    /// <summary>The expectation as a scenario would state it; <paramref name="budget"/> only for kinds that take one.</summary>
    public static Expectation Of(string kind, TimeSpan? budget) =>
        new(kind, null) { Budget = TakesBudget(kind) ? budget : null };

    public static bool TakesBudget(string kind) => ExpectationKinds.ParametersOf(kind).Contains("budget");
}
