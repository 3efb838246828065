namespace ChaosBench.NUnit;

/// <summary>How <see cref="Chaos.RunAsync"/> runs a scenario inside a test. Every property has a default that suits a test run.</summary>
public sealed record ChaosOptions
{
    /// <summary>Overrides the scenario's seed. Default: the scenario's, else a fresh one (recorded in <c>run.json</c> either way).</summary>
    public long? Seed { get; init; }

    /// <summary>Where run folders go. Default: <c>runs/</c> in the test's work directory (<c>TestContext.CurrentContext.WorkDirectory</c>).</summary>
    public string? Output { get; init; }

    /// <summary>
    /// The folder whose <c>fixtures/images</c> holds the built-in recipes (a ChaosBench checkout). Default: the
    /// <c>CHAOSBENCH_HOME</c> environment variable, else the test assembly's folder when the package put them there,
    /// else the nearest folder holding <c>fixtures/images</c> above the working directory, the test assembly or the
    /// scenario file. A scenario's own recipes come from the <c>recipes/</c> folders next to it and above it and from
    /// <c>CHAOSBENCH_RECIPES</c>, whatever this is.
    /// </summary>
    public string? Home { get; init; }

    /// <summary>Leave the containers, networks and volumes of a failed run up for inspection. Default: false.</summary>
    public bool KeepOnFailure { get; init; }
}
