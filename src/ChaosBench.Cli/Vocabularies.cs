using ChaosBench.Hosting;
using ChaosBench.Model.Kinds;
using ChaosBench.Scenarios;

namespace ChaosBench.Cli;

/// <summary>The kinds the command line reads scenarios with.</summary>
internal static class Vocabularies
{
    public static Vocabulary Current { get; set; } = BuiltInKinds.Vocabulary;

    public static ScenarioLoader Loader => new(Current);
}
