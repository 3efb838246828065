namespace ChaosBench.NUnit;

/// <summary>How <see cref="Chaos.RunAsync"/> runs a scenario inside a test. Every property has a default that suits a test run.</summary>
public sealed record ChaosOptions
{
    /// <summary>Overrides the scenario's seed. Default: the scenario's, else a fresh one (recorded in <c>run.json</c> either way).</summary>
    public long? Seed { get; init; }

    /// <summary>Where run folders go. Default: <c>runs/</c> in the test's work directory (<c>TestContext.CurrentContext.WorkDirectory</c>).</summary>
    public string? Output { get; init; }

    /// <summary>
    /// The ChaosBench checkout whose <c>fixtures/images</c> recipes build the product images. Default: the
    /// <c>CHAOSBENCH_HOME</c> environment variable, else the nearest folder holding <c>fixtures/images</c> above the
    /// working directory, the test assembly or the scenario file.
    /// </summary>
    public string? Home { get; init; }

    /// <summary>Leave the containers, networks and volumes of a failed run up for inspection. Default: false.</summary>
    public bool KeepOnFailure { get; init; }
}
