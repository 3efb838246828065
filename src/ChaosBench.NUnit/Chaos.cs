using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Runner;
using NUnit.Framework;

namespace ChaosBench.NUnit;

/// <summary>Runs a scenario from inside an NUnit test, on the real engine, and attaches its reports to the test result.</summary>
public static class Chaos
{
    /// <summary>
    /// Runs <paramref name="scenario"/> (loaded from a file or built with <see cref="ScenarioBuilder"/>), writes its run
    /// folder under <see cref="ChaosOptions.Output"/>, and attaches <c>run.json</c> and <c>report.html</c> to the
    /// current test. The verdict is returned, not asserted: <see cref="ChaosAssert"/> asserts it.
    /// </summary>
    /// <param name="ct">Default: the test's own token, so <c>[CancelAfter]</c> aborts the run and tears it down.</param>
    /// <exception cref="HarnessHomeNotFoundException">No built-in image recipes were found, next to the test assembly or in a checkout.</exception>
    public static async Task<ScenarioRun> RunAsync(Scenario scenario, ChaosOptions? options = null, CancellationToken ct = default)
    {
        options ??= new ChaosOptions();
        var token = ct.CanBeCanceled ? ct : TestContext.CurrentContext.CancellationToken;
        var output = TestContext.Out;
        using var harness = await Harness.StartAsync(HarnessHome.RecipesOf(Home(scenario, options)), TestContext.Progress.WriteLine, token);
        var settings = new RunSettings
        {
            Seed = options.Seed,
            KeepOnFailure = options.KeepOnFailure,
            Environment = await HarnessBuild.DescribeAsync(harness.Engine, token),
        };
        var run = await harness.RunAsync(scenario, settings, options.Output ?? Path.Combine(TestContext.CurrentContext.WorkDirectory, "runs"), token);
        await output.WriteLineAsync(RunVerdict.Summary(run.Result.Record));
        await output.WriteLineAsync($"report: {Path.GetFullPath(Path.Combine(run.Folder, "report.html"))}");
        TestContext.AddTestAttachment(Path.GetFullPath(Path.Combine(run.Folder, "run.json")), "the run record: seed, plan, timeline, verdicts with evidence");
        TestContext.AddTestAttachment(Path.GetFullPath(Path.Combine(run.Folder, "report.html")), "the report: timeline and verdicts");
        return run;
    }

    private static string Home(Scenario scenario, ChaosOptions options)
    {
        if (options.Home is { } home)
        {
            return home;
        }

        string[] starts = scenario.SourceFile is { } file ? [Path.GetDirectoryName(Path.GetFullPath(file))!] : [];
        return HarnessHome.TryFind(starts) ?? throw new HarnessHomeNotFoundException([Environment.CurrentDirectory, AppContext.BaseDirectory, .. starts]);
    }
}
