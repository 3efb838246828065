using ChaosBench.Model;
using ChaosBench.Model.Planning;

namespace ChaosBench.Cli;

/// <summary>What <c>plan</c> shows of one scenario, whichever way it is shown (text, table, JSON); not yet redacted.</summary>
/// <param name="Images">Each image reference and where a run will take it from (or <c>MISSING: ...</c>).</param>
/// <param name="External">Each external service and its URL (or <c>MISSING: ...</c>).</param>
internal sealed record ResolvedPlan(Scenario Scenario, Plan Plan, IReadOnlyList<(string Reference, string Source)> Images, IReadOnlyList<(string Service, string Url)> External)
{
    /// <summary>The workload as it will run: its kind, target, clients, rate, keys and options; none when the scenario has none.</summary>
    public string? Workload => Scenario.Workload is { } w
        ? $"{w.Kind.Name} on {w.Target}: {w.Clients} clients, {w.Rate:0.###}/s over {w.Keys} keys{Options(w.Options)}"
        : null;

    /// <summary>Every expectation as its kind describes it with its options.</summary>
    public IReadOnlyList<(string Kind, string Description)> Expectations =>
        [.. Scenario.Expectations.Select(e => (e.Kind.Name, e.ToString()))];

    /// <summary>A timeline line without its <c>+TIME</c>: what happens then.</summary>
    public static string Step(PlannedFault fault)
    {
        var line = fault.ToString();
        return line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..];
    }

    private static string Options(object options) =>
        options is Model.Kinds.NoOptions ? string.Empty : $" ({System.Text.Json.JsonSerializer.Serialize(options, options.GetType(), PlanJson.Options)})";
}
