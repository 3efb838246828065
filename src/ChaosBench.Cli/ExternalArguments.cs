using ChaosBench.Model;
using ChaosBench.Runner.External;

namespace ChaosBench.Cli;

/// <summary>External services whose URL the environment does not give: found before a run starts anything.</summary>
internal static class ExternalArguments
{
    /// <summary>One line per external service without a usable URL, naming the scenario file and what to set.</summary>
    public static List<string> Missing(IReadOnlyList<Scenario> scenarios, Func<string, string?> variables) =>
        scenarios.SelectMany(s => ExternalUrl.ResolveAll(s, variables).Where(u => u.Url is null)
                .Select(u => $"chaosbench: {s.SourceFile ?? s.Name}: external service '{u.Service}' has no URL (url {u.Written}); fix: {u.Problem}"))
            .ToList();
}
