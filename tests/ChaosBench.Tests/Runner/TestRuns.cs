using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;

namespace ChaosBench.Tests.Runner;

/// <summary>Runs a scenario built in C# on the real engine, and checks the run left no container behind.</summary>
internal static class TestRuns
{
    public static readonly EnvironmentRecord Environment = new("test", "test", "test", "test", "test", "test", "test");

    /// <param name="allowHost">Runs as <c>--allow-host</c> does (recorded in run.json).</param>
    public static async Task<RunResult> RunAsync(Scenario scenario, long seed, bool allowHost = false)
    {
        using var engine = TestEnvironment.Engine();
        var builder = new ImageBuilder(engine, TestEnvironment.Recipes, new ImageBuildOptions());
        var result = await new ScenarioRunner(engine, builder).RunAsync(scenario, new RunSettings { Seed = seed, Environment = Environment, AllowHost = allowHost }, CancellationToken.None);
        Assert.That(await engine.Containers.ListAsync($"chaosbench.run={result.Record.RunId}"), Is.Empty, "teardown left containers");
        return result;
    }
}
