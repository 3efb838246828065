using ChaosBench.Hosting.Extensions;
using ChaosBench.Model.Kinds;
using ChaosBench.Scenarios;

namespace ChaosBench.Cli;

/// <summary>
/// The kinds the command line reads a scenario file with: the built-in ones, the <c>--extension</c> assemblies,
/// and those of the <c>chaosbench.json</c> nearest the file (<see cref="KindExtensions"/>).
/// </summary>
internal static class Vocabularies
{
    /// <summary>The assemblies given with <c>--extension</c>, set once from the command line.</summary>
    public static IReadOnlyList<string> Extensions { get; set; } = [];

    /// <exception cref="ExtensionException">An extension cannot be loaded.</exception>
    public static Vocabulary For(string? scenarioFile) => KindExtensions.For(scenarioFile, Extensions);

    /// <param name="allowHost">Load as <c>--allow-host</c> says (docs/trust.md).</param>
    /// <exception cref="ExtensionException">An extension cannot be loaded.</exception>
    public static ScenarioLoader LoaderFor(string scenarioFile, bool allowHost = false) => new(For(scenarioFile)) { AllowHost = allowHost };
}
