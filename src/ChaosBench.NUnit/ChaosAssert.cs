using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using NUnit.Framework;

namespace ChaosBench.NUnit;

/// <summary>
/// Asserts a scenario's verdict inside a test. Passed passes; failed is an assertion failure naming each deviating
/// expectation with its evidence; errored and aborted throw <see cref="ChaosRunException"/>, so NUnit reports an
/// error: the harness or the environment failed, not the product.
/// </summary>
public static class ChaosAssert
{
    /// <summary>Runs <paramref name="scenario"/> with <see cref="Chaos.RunAsync"/> and asserts it passed.</summary>
    /// <returns>The run, for further assertions on its record or history.</returns>
    public static async Task<ScenarioRun> PassesAsync(Scenario scenario, ChaosOptions? options = null, CancellationToken ct = default)
    {
        var run = await Chaos.RunAsync(scenario, options, ct);
        Passed(run);
        return run;
    }

    /// <summary>Asserts a finished run passed; see the class for how each outcome is reported.</summary>
    public static void Passed(ScenarioRun run)
    {
        var record = run.Result.Record;
        switch (record.Outcome)
        {
            case Outcome.Passed:
                return;
            case Outcome.Failed:
                Assert.Fail(RunVerdict.Describe(record, run.Folder));
                return;
            default:
                throw new ChaosRunException(RunVerdict.Describe(record, run.Folder), record.Outcome, record.FailedStep, run.Folder);
        }
    }
}
