using ChaosBench.Model;
using ChaosBench.NUnit;

namespace ChaosBench.QaSample;

/// <summary>The team's scenario folder: each file is one test, named after its scenario, passing when its expectations hold.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class ScenarioFolderTests
{
    [ChaosScenarios("scenarios")]
    public Task Scenario_Runs_ExpectationsHold(Scenario scenario) => ChaosAssert.PassesAsync(scenario);
}
